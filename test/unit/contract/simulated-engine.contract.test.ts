// The contract against the simulated engine, on vitest's fake timers (its realClock reads the
// timer globals per call). settle() lets more simulated time pass than any case needs.
import { vi } from 'vitest';
import { DEFAULT_SCENARIO } from '../../../src/engine/sim/scenario.ts';
import { SimulatedEngine } from '../../../src/offscreen/simulated-engine.ts';
import { runEngineContract } from './engine-contract.ts';

/** Longer than a transfer's 60 s timeout; every test that rings answers before it settles. */
const SETTLE_MS = 100_000;

runEngineContract('SimulatedEngine', async () => {
  vi.useFakeTimers();
  const engine = new SimulatedEngine({ demoCall: true });
  const starting = engine.start();
  await vi.advanceTimersByTimeAsync(DEFAULT_SCENARIO.timings.agentConnect);
  await starting;
  const demoCall = engine.getSnapshot().calls.at(-1);
  if (!demoCall) throw new Error('The simulated engine put no demo call on the line.');
  return {
    engine,
    customerCallId: demoCall.id,
    world: engine.world,
    // Per DEFAULT_SCENARIO's rules: …0000 declines, …9999 never answers, …4040 is unknown to the service.
    targets: {
      answers: '4:+14255550142',
      declines: '4:+14255550000',
      unrecognised: '4:+14255554040',
      teamsUser: DEFAULT_SCENARIO.colleague.rawId,
      neverAnswers: '4:+14255559999',
    },
    callOptions: {},
    settle: async () => {
      await vi.advanceTimersByTimeAsync(SETTLE_MS);
    },
    dispose: async () => {
      await engine.dispose();
      vi.useRealTimers();
    },
  };
});

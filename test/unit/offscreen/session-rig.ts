// A session with a real engine behind it, for tests that follow what the agent would see. The
// engine is made in one place (simulatedEngine) so that a change of engine is a change here only.
import { vi, expect } from 'vitest';
import { EngineFailure, type EngineSnapshot } from '../../../src/shared/engine.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings.ts';
import { Session, type SessionEngine } from '../../../src/offscreen/session.ts';
import { engineConfigOf } from '../../../src/offscreen/engine-factory.ts';
import { SimulatedEngine } from '../../../src/offscreen/simulated-engine.ts';

export const FAST: Settings = { ...DEFAULT_SETTINGS, simulatorTimeScale: 0.01 };

/** The steps a test may make the engine refuse, as the SDK can (a failed hold, accept or resume). */
export type RefusableStep = 'hold' | 'accept' | 'resume' | 'startCall' | 'hangUp';

export interface RigOptions {
  settings?: Settings;
  lastRev?: number;
  /** Steps the engine refuses with 500 until the test clears them. */
  refuse?: Set<RefusableStep>;
}

function simulatedEngine(settings: Settings, initialRev: number): SessionEngine {
  return new SimulatedEngine({ timeScale: settings.simulatorTimeScale, demoCall: settings.simulatorDemoCall, initialRev });
}

/** The engine, with the refused steps failing before they reach it. */
function refusing(engine: SessionEngine, refuse: ReadonlySet<RefusableStep>): SessionEngine {
  return new Proxy(engine, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      if (refuse.has(key as RefusableStep)) return () => Promise.reject(new EngineFailure(`${String(key)} refused`, 500, 1));
      return (value as (...args: unknown[]) => unknown).bind(target);
    },
  });
}

export async function startedSession({ settings = FAST, lastRev = 10, refuse = new Set() }: RigOptions = {}) {
  const published: EngineSnapshot[] = [];
  const pending: boolean[] = [];
  const built: Settings[] = [];
  const createEngine = (s: Settings, rev: number): SessionEngine => {
    built.push(s);
    return refusing(simulatedEngine(s, rev), refuse);
  };
  const session = new Session({
    settings,
    lastRev,
    createEngine,
    publish: (s) => published.push(s),
    engineConfig: engineConfigOf,
    onPendingChange: (p) => pending.push(p),
  });
  await session.start();
  const latest = () => published.at(-1) as EngineSnapshot;
  if (settings.simulatorDemoCall) await vi.waitFor(() => expect(latest().calls[0]?.state).toBe('Connected'));
  return { session, published, pending, built, latest, refuse };
}

export type Rig = Awaited<ReturnType<typeof startedSession>>;

/** The states the calls of the latest snapshot are in, oldest call first. */
export function states(rig: Rig): string[] {
  return rig.latest().calls.map((call) => call.state);
}

/** Every state one call went through in the published snapshots, each once per stay. */
export function historyOf(rig: Rig, callId: string): string[] {
  const seen = rig.published.map((s) => s.calls.find((call) => call.id === callId)?.state).filter((state) => state !== undefined);
  return seen.filter((state, i) => state !== seen[i - 1]);
}

/** A ringing call from the simulator; resolves with its incoming id. */
export async function ringing(rig: Rig): Promise<string> {
  await rig.session.run({ type: 'simulate', scenario: 'incomingCall' });
  await vi.waitFor(() => expect(rig.latest().incoming).toHaveLength(1));
  return rig.latest().incoming[0]?.id ?? '';
}

/** Consult first on the demo call; resolves once the target has answered. */
export async function consulting(rig: Rig): Promise<{ original: string; consult: string }> {
  const original = rig.latest().calls[0]?.id ?? '';
  const reply = await rig.session.run({ type: 'consult', callId: original, target: '4:+442079460958' });
  expect(reply.ok).toBe(true);
  await vi.waitFor(() => expect(states(rig)).toEqual(['LocalHold', 'Connected']));
  return { original, consult: rig.latest().calls[1]?.id ?? '' };
}

import { afterEach, describe, expect, it, vi } from 'vitest';
import { SimulatedEngine } from '../../../src/offscreen/simulated-engine.ts';
import { ANSWERS, CUSTOMER, TIMINGS, callWith, checkPublishedSnapshots, onDemoCall, rig } from './harness.ts';

afterEach(checkPublishedSnapshots);

describe('time scale', () => {
  it('at 0.01 runs a whole transfer on real timers in tens of milliseconds', async () => {
    const engine = new SimulatedEngine({ timeScale: 0.01, demoCall: true });
    const began = performance.now();
    await engine.start();
    const callId = engine.getSnapshot().calls[0]?.id ?? '';
    await engine.transfer({ callId, mode: 'participant', target: ANSWERS });

    const customerCallState = () => callWith(engine.getSnapshot(), CUSTOMER.rawId)?.state;
    await vi.waitFor(() => expect(customerCallState()).toBe('Disconnected'), { timeout: 1000, interval: 5 });
    const elapsed = performance.now() - began;
    await engine.dispose();

    const scaledTotal = (TIMINGS.agentConnect + TIMINGS.hold + TIMINGS.transferRinging + TIMINGS.hangUp) * 0.01;
    expect(elapsed).toBeGreaterThanOrEqual(scaledTotal - 1);
    expect(elapsed).toBeLessThan(500);
    expect(callWith(engine.getSnapshot(), CUSTOMER.rawId)?.transfer?.state).toBe('Transferred');
  });

  it('multiplies every delay', async () => {
    const made = rig({ timeScale: 0.5, demoCall: true });
    const start = made.engine.start();
    await made.clock.advance(TIMINGS.agentConnect / 2);
    await start;
    const callId = made.engine.getSnapshot().calls[0]?.id ?? '';
    void made.engine.transfer({ callId, mode: 'participant', target: ANSWERS });
    const transferState = () => callWith(made.engine.getSnapshot(), CUSTOMER.rawId)?.transfer?.state;
    await made.clock.advance((TIMINGS.hold + TIMINGS.transferRinging) / 2 - 1);
    expect(transferState()).toBe('Transferring');

    await made.clock.advance(1);
    expect(transferState()).toBe('Transferred');
  });

  it('is realistic by default: a hold takes its full 200 ms', async () => {
    const { engine, clock, callId } = await onDemoCall();
    void engine.hold(callId);
    await clock.advance(TIMINGS.hold - 1);
    expect(callWith(engine.getSnapshot(), CUSTOMER.rawId)?.state).toBe('Connected');

    await clock.advance(1);
    expect(callWith(engine.getSnapshot(), CUSTOMER.rawId)?.state).toBe('LocalHold');
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('refuses the time scale %d', (timeScale) => {
    expect(() => new SimulatedEngine({ timeScale })).toThrow(RangeError);
  });
});

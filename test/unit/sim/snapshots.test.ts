import { afterEach, describe, expect, it } from 'vitest';
import { ERR } from '../../../src/shared/call-errors.ts';
import {
  ANSWERS,
  COLLEAGUE,
  CUSTOMER,
  DECLINES,
  TIMINGS,
  callWith,
  checkPublishedSnapshots,
  expectWellFormed,
  onDemoCall,
  rig,
  type Rig,
} from './harness.ts';

afterEach(checkPublishedSnapshots);

/** A busy session touching every part of the model: calls, transfers, incoming calls, connection events. */
async function busySession(made: Rig): Promise<void> {
  const { engine, clock } = made;
  const start = engine.start();
  await clock.advance(TIMINGS.agentConnect);
  await start;
  await engine.simulate('demoCall');
  const demoId = engine.getSnapshot().calls[0]?.id ?? '';
  await engine.setMuted(demoId, true);
  void engine.transfer({ callId: demoId, mode: 'participant', target: DECLINES });
  await clock.advance(TIMINGS.hold + TIMINGS.decline + TIMINGS.resume);
  void engine.transfer({ callId: demoId, mode: 'voicemail', target: COLLEAGUE.rawId });
  await clock.advance(TIMINGS.hold + TIMINGS.voicemailAnswer + TIMINGS.hangUp);
  await engine.simulate('incomingTransfer');
  await engine.accept(engine.getSnapshot().incoming[0]?.id ?? '');
  await engine.simulate('connectionLoss');
  await engine.hold('call-404').catch(() => undefined);
  await clock.advance(TIMINGS.reconnect);
  await engine.dispose();
}

describe('published snapshots', () => {
  it('carry a rev rising by exactly 1 from initialRev + 1, and getSnapshot() is the latest', async () => {
    const made = rig({ initialRev: 7 });
    await busySession(made);

    expect(made.revisions.length).toBeGreaterThan(10);
    expect(made.revisions.map((s) => s.rev)).toEqual(made.revisions.map((_, i) => 8 + i));
    expect(made.engine.getSnapshot()).toBe(made.revisions.at(-1));
  });

  it('are JSON-safe, structured-clone-safe and valid EngineSnapshots, every one of them', async () => {
    const made = rig();
    await busySession(made);

    made.revisions.forEach(expectWellFormed);
  });

  it('cannot be changed, and are copies: a later snapshot does not share objects with an older one', async () => {
    const { engine, revisions, callId } = await onDemoCall();
    await engine.setMuted(callId, true);
    const [before, after] = revisions.slice(-2);
    const oldCall = before && callWith(before, CUSTOMER.rawId);
    const oldParty = oldCall?.remote[0];
    if (!before || !after || !oldCall || !oldParty) throw new Error('expected the last two revisions with the demo call');

    expect(() => {
      oldCall.isMuted = true;
    }).toThrow(TypeError);
    expect(() => before.calls.push(oldCall)).toThrow(TypeError);
    expect(() => {
      oldParty.displayName = 'Mallory';
    }).toThrow(TypeError);
    expect(callWith(after, CUSTOMER.rawId)).not.toBe(oldCall);
    expect([oldCall.isMuted, callWith(after, CUSTOMER.rawId)?.isMuted]).toEqual([false, true]);
    expect(callWith(engine.getSnapshot(), CUSTOMER.rawId)?.remote[0]?.displayName).toBe(CUSTOMER.displayName);
  });

  it.each([-1, 0.5, Number.NaN])('refuse to start from rev %d', (initialRev) => {
    expect(() => rig({ initialRev })).toThrow(RangeError);
  });

  it('report a failed operation in lastError with a human message', async () => {
    const { engine, clock } = await onDemoCall();
    await engine.hold('call-404').catch(() => undefined);

    expect(engine.getSnapshot().lastError).toEqual({
      ...ERR.notFound,
      message: 'There is no such call.',
      origin: 'engine',
      at: clock.now(),
    });
  });

  it('stop arriving once unsubscribed', async () => {
    const { engine, callId } = await onDemoCall();
    const seen: number[] = [];
    const unsubscribe = engine.subscribe((s) => seen.push(s.rev));
    await engine.setMuted(callId, true);
    unsubscribe();
    await engine.setMuted(callId, false);

    expect(seen).toEqual([engine.getSnapshot().rev - 1]);
  });

  it('reach every listener in rev order, even when a listener causes the next one', async () => {
    const { engine, callId } = await onDemoCall();
    const first: number[] = [];
    const second: number[] = [];
    engine.subscribe((s) => {
      first.push(s.rev);
      if (callWith(s, CUSTOMER.rawId)?.isMuted) void engine.setMuted(callId, false);
    });
    engine.subscribe((s) => second.push(s.rev));
    await engine.setMuted(callId, true);

    expect(first).toHaveLength(2);
    expect(second).toEqual(first);
    expect(first[1]).toBe((first[0] ?? 0) + 1);
  });

  it('list the calls oldest first, each with its remote parties', async () => {
    const { engine, clock } = await onDemoCall();
    await engine.startCall([ANSWERS]);
    await clock.advance(TIMINGS.callConnect + TIMINGS.ringing);

    expect(engine.getSnapshot().calls.map((call) => call.remote.map((p) => p.rawId))).toEqual([[CUSTOMER.rawId], [ANSWERS]]);
  });
});

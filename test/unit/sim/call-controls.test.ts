import { afterEach, describe, expect, it } from 'vitest';
import { ERR } from '../../../src/shared/call-errors.ts';
import { EngineFailure } from '../../../src/shared/engine.ts';
import { ANSWERS, CUSTOMER, TIMINGS, callWith, checkPublishedSnapshots, history, onDemoCall, remoteHangUp, started } from './harness.ts';

afterEach(checkPublishedSnapshots);

describe('hold and resume', () => {
  it('hold takes a Connected call to LocalHold; resume brings it back', async () => {
    const { engine, clock, revisions, callId } = await onDemoCall();
    const held = engine.hold(callId);
    await clock.advance(TIMINGS.hold);
    await held;
    const resumed = engine.resume(callId);
    await clock.advance(TIMINGS.resume);
    await resumed;

    expect(history(revisions, (s) => callWith(s, CUSTOMER.rawId)?.state)).toEqual(['Connected', 'LocalHold', 'Connected']);
  });

  it('hold of a call that is not Connected rejects with 500/41033 and says why', async () => {
    const { engine, clock } = await started();
    const ringing = await engine.startCall([ANSWERS]);
    await clock.advance(TIMINGS.callConnect);
    const attempt = engine.hold(ringing);

    await expect(attempt).rejects.toThrow(EngineFailure);
    await expect(attempt).rejects.toMatchObject(ERR.holdFailed);
    expect(engine.getSnapshot().lastError).toMatchObject({
      ...ERR.holdFailed,
      origin: 'sdk',
      message: expect.stringMatching(/hold/),
    });
    expect(callWith(engine.getSnapshot(), ANSWERS)?.state).toBe('Ringing');
  });

  it('hold of a call already on hold resolves at once, as the SDK does, and changes nothing', async () => {
    const { engine, clock, callId, revisions } = await onDemoCall();
    const held = engine.hold(callId);
    await clock.advance(TIMINGS.hold);
    await held;
    const published = revisions.length;

    await engine.hold(callId);

    expect(revisions).toHaveLength(published);
    expect(callWith(engine.getSnapshot(), CUSTOMER.rawId)?.state).toBe('LocalHold');
  });

  it('resume of a call that is not on hold rejects with 409', async () => {
    const { engine, callId } = await onDemoCall();

    await expect(engine.resume(callId)).rejects.toMatchObject(ERR.badState);
    expect(engine.getSnapshot().lastError).toMatchObject({ ...ERR.badState, message: 'The call is not on hold.' });
  });
});

describe('mute', () => {
  it('publishes each change, and nothing when the value does not change', async () => {
    const { engine, revisions, callId } = await onDemoCall();
    await engine.setMuted(callId, true);
    await engine.setMuted(callId, true);
    await engine.setMuted(callId, false);

    expect(revisions.map((s) => callWith(s, CUSTOMER.rawId)?.isMuted).slice(-3)).toEqual([false, true, false]);
  });
});

describe('hang up', () => {
  it('goes Disconnecting → Disconnected with end reason {0, 0}, and the ended call stays in view', async () => {
    const { engine, clock, revisions, callId } = await onDemoCall();
    const hungUp = engine.hangUp(callId);
    await clock.advance(TIMINGS.hangUp);
    await hungUp;
    await clock.advance(60_000);

    expect(history(revisions, (s) => callWith(s, CUSTOMER.rawId)?.state)).toEqual(['Connected', 'Disconnecting', 'Disconnected']);
    expect(callWith(engine.getSnapshot(), CUSTOMER.rawId)).toMatchObject({
      id: callId,
      endReason: { code: 0, subCode: 0 },
      endedAt: clock.now() - 60_000,
    });
  });

  it('by the remote side ends the call at once with {0, 0}', async () => {
    const made = await onDemoCall();
    const { engine, revisions, callId } = made;
    remoteHangUp(made, callId);

    expect(history(revisions, (s) => callWith(s, CUSTOMER.rawId)?.state)).toEqual(['Connected', 'Disconnecting', 'Disconnected']);
    expect(callWith(engine.getSnapshot(), CUSTOMER.rawId)?.endReason).toEqual({ code: 0, subCode: 0 });
  });

  it('of an unknown call rejects with 404 and records the error', async () => {
    const { engine } = await started();

    await expect(engine.hangUp('call-404')).rejects.toMatchObject(ERR.notFound);
    expect(engine.getSnapshot().lastError).toMatchObject({ ...ERR.notFound, origin: 'engine', message: 'There is no such call.' });
  });
});

describe('ended calls', () => {
  it('leave the snapshot when dismissed', async () => {
    const made = await onDemoCall();
    const { engine, callId } = made;
    remoteHangUp(made, callId);
    await engine.dismiss(callId);

    expect(engine.getSnapshot().calls).toEqual([]);
  });

  it('make way for a new call', async () => {
    const made = await onDemoCall();
    const { engine, callId } = made;
    remoteHangUp(made, callId);
    await engine.simulate('demoCall');

    const calls = engine.getSnapshot().calls;
    expect(calls.map((call) => call.state)).toEqual(['Connected']);
    expect(calls[0]?.id).not.toBe(callId);
  });

  it('are the only calls that can be dismissed', async () => {
    const { engine, callId } = await onDemoCall();

    await expect(engine.dismiss(callId)).rejects.toMatchObject(ERR.badState);
    await expect(engine.dismiss('call-404')).rejects.toMatchObject(ERR.notFound);
    expect(callWith(engine.getSnapshot(), CUSTOMER.rawId)?.state).toBe('Connected');
  });

  it('accept no more commands', async () => {
    const made = await onDemoCall();
    const { engine, callId } = made;
    remoteHangUp(made, callId);

    await expect(engine.hold(callId)).rejects.toMatchObject(ERR.notFound);
    await expect(engine.setMuted(callId, true)).rejects.toMatchObject(ERR.notFound);
    await expect(engine.hangUp(callId)).rejects.toMatchObject(ERR.notFound);
  });
});

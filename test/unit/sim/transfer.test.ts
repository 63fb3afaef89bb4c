import { SERVICE } from '../../../src/engine/sim/service-codes.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { ERR } from '../../../src/shared/call-errors.ts';
import {
  ANSWERS,
  COLLEAGUE,
  CUSTOMER,
  DECLINES,
  NEVER_ANSWERS,
  TIMINGS,
  UNKNOWN,
  callHistory,
  callWith,
  checkPublishedSnapshots,
  holdByAgent,
  onDemoCall,
  started,
  transferAndHold,
  type Rig,
  remoteHangUp,
} from './harness.ts';

afterEach(checkPublishedSnapshots);

const customerCall = (rig: Rig) => callWith(rig.engine.getSnapshot(), CUSTOMER.rawId);
const customerHistory = (rig: Rig) => callHistory(rig.revisions, CUSTOMER.rawId);

describe('transfer', () => {
  it('holds, sends, and hangs up after Transferred, each state in a revision of its own', async () => {
    const rig = await onDemoCall();
    const sent = await transferAndHold(rig, { callId: rig.callId, mode: 'participant', target: ANSWERS });
    await rig.clock.advance(TIMINGS.transferRinging + TIMINGS.hangUp);

    expect(sent).toMatchObject({ callId: rig.callId, mode: 'participant', target: ANSWERS, state: 'Transferring' });
    expect(customerHistory(rig)).toEqual([
      'Connected/-',
      'Connected/None',
      'LocalHold/None',
      'LocalHold/Transferring',
      'LocalHold/Transferred',
      'Disconnecting/Transferred',
      'Disconnected/Transferred',
    ]);
    expect(customerCall(rig)?.transfer).toMatchObject({ opId: sent.opId, state: 'Transferred' });
    expect(customerCall(rig)?.transfer?.error).toBeUndefined();
  });

  it('leaves the call on hold after Transferred when hangUpOnSuccess is false', async () => {
    const rig = await onDemoCall();
    await transferAndHold(rig, { callId: rig.callId, mode: 'participant', target: ANSWERS, hangUpOnSuccess: false });
    await rig.clock.advance(TIMINGS.transferRinging + 60_000);

    expect(customerHistory(rig).slice(-2)).toEqual(['LocalHold/Transferring', 'LocalHold/Transferred']);
  });

  it('ends Failed, the call having ended, when the remote side hangs up between the hold and the send', async () => {
    const rig = await onDemoCall();
    const leaveOnHold = rig.engine.subscribe((s) => {
      if (callWith(s, CUSTOMER.rawId)?.state === 'LocalHold') remoteHangUp(rig, rig.callId);
    });
    const sent = await transferAndHold(rig, { callId: rig.callId, mode: 'participant', target: ANSWERS });
    leaveOnHold();

    expect(sent).toMatchObject({ state: 'Failed', error: { code: 0, subCode: 0, reason: 'callEnded' } });
    expect(customerHistory(rig)).toEqual(['Connected/-', 'Connected/None', 'LocalHold/None', 'Disconnecting/None', 'Disconnected/None', 'Disconnected/Failed']);
  });

  it('resumes the call it held when the target declines (…0000)', async () => {
    const rig = await onDemoCall();
    await transferAndHold(rig, { callId: rig.callId, mode: 'participant', target: DECLINES });
    await rig.clock.advance(TIMINGS.decline + TIMINGS.resume);

    expect(customerHistory(rig).slice(-3)).toEqual(['LocalHold/Transferring', 'LocalHold/Failed', 'Connected/Failed']);
    expect(customerCall(rig)?.transfer?.error).toEqual(SERVICE.declined);
    expect(rig.engine.getSnapshot().lastError).toMatchObject({
      ...SERVICE.declined,
      origin: 'sdk',
      message: 'The transfer to 4:+14255550000 failed.',
    });
  });

  it('drops the last outcome from view when a new attempt starts', async () => {
    const rig = await onDemoCall();
    await transferAndHold(rig, { callId: rig.callId, mode: 'participant', target: DECLINES });
    await rig.clock.advance(TIMINGS.decline + TIMINGS.resume);
    const retry = await transferAndHold(rig, { callId: rig.callId, mode: 'participant', target: ANSWERS });

    expect(customerHistory(rig).slice(-4)).toEqual(['Connected/Failed', 'Connected/None', 'LocalHold/None', 'LocalHold/Transferring']);
    expect(customerCall(rig)?.transfer).toEqual(retry);
  });

  it('leaves a call the agent held on hold when the transfer fails', async () => {
    const rig = await onDemoCall();
    await holdByAgent(rig, rig.callId);
    const sent = await rig.engine.transfer({ callId: rig.callId, mode: 'participant', target: DECLINES });
    await rig.clock.advance(TIMINGS.decline + 60_000);

    expect(sent.state).toBe('Transferring');
    expect(customerHistory(rig)).toEqual(['Connected/-', 'LocalHold/-', 'LocalHold/None', 'LocalHold/Transferring', 'LocalHold/Failed']);
  });

  it('fails with 408 after the 60 s transfer timeout when the target never answers (…9999), then resumes', async () => {
    const rig = await onDemoCall();
    await transferAndHold(rig, { callId: rig.callId, mode: 'participant', target: NEVER_ANSWERS });
    await rig.clock.advance(TIMINGS.transferTimeout - 1);
    expect(customerCall(rig)?.transfer?.state).toBe('Transferring');

    await rig.clock.advance(1 + TIMINGS.resume);
    expect(customerCall(rig)).toMatchObject({ state: 'Connected', transfer: { state: 'Failed', error: ERR.transferTimeout } });
  });

  it('fails with 400/46051 for a call with two remote parties, without holding it', async () => {
    const rig = await started();
    const callId = await rig.engine.startCall([CUSTOMER.rawId, COLLEAGUE.rawId]);
    await rig.clock.advance(TIMINGS.callConnect + TIMINGS.ringing);
    const sent = await rig.engine.transfer({ callId, mode: 'participant', target: ANSWERS });

    expect(sent).toMatchObject({ state: 'Failed', error: ERR.notOneToOne });
    expect(customerHistory(rig).slice(-2)).toEqual(['Connected/-', 'Connected/Failed']);
  });

  it('fails with the service code later for a target the service does not know (…4040), then resumes the call it held', async () => {
    const rig = await onDemoCall();
    const sent = await transferAndHold(rig, { callId: rig.callId, mode: 'participant', target: UNKNOWN });
    await rig.clock.advance(TIMINGS.callConnect + TIMINGS.resume);

    expect(sent).toMatchObject({ state: 'Transferring' });
    expect(customerCall(rig)?.transfer).toMatchObject({ state: 'Failed', error: SERVICE.targetNotFound });
    expect(customerHistory(rig)).toEqual(['Connected/-', 'Connected/None', 'LocalHold/None', 'LocalHold/Transferring', 'LocalHold/Failed', 'Connected/Failed']);
  });

  it('fails with 400/46052 without holding for a target that is not a raw id', async () => {
    const rig = await onDemoCall();
    const sent = await rig.engine.transfer({ callId: rig.callId, mode: 'participant', target: 'tel:12' });

    expect(sent).toMatchObject({ state: 'Failed', error: ERR.unknownTarget });
    expect(customerHistory(rig)).toEqual(['Connected/-', 'Connected/Failed']);
  });

  it('fails with 500/41033 when the call cannot be held', async () => {
    const rig = await started();
    const callId = await rig.engine.startCall([ANSWERS]);
    const sent = await rig.engine.transfer({ callId, mode: 'participant', target: COLLEAGUE.rawId });

    expect(sent).toMatchObject({ state: 'Failed', error: ERR.holdFailed });
    expect(callWith(rig.engine.getSnapshot(), ANSWERS)).toMatchObject({ state: 'Connecting', transfer: { state: 'Failed' } });
  });

  it('fails, the call having ended, when the call is hung up while Transferring', async () => {
    const rig = await onDemoCall();
    await transferAndHold(rig, { callId: rig.callId, mode: 'participant', target: NEVER_ANSWERS });
    const hungUp = rig.engine.hangUp(rig.callId);
    await rig.clock.advance(TIMINGS.hangUp);
    await hungUp;

    expect(customerHistory(rig).slice(-3)).toEqual([
      'Disconnecting/Transferring',
      'Disconnected/Transferring',
      'Disconnected/Failed',
    ]);
    expect(customerCall(rig)?.transfer?.error).toEqual({ code: 0, subCode: 0, reason: 'callEnded' });
  });
});

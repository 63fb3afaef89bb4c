import { afterEach, describe, expect, it } from 'vitest';
import { ERR } from '../../../src/shared/call-errors.ts';
import { DEFAULT_SCENARIO } from '../../../src/engine/sim/scenario.ts';
import {
  COLLEAGUE,
  CUSTOMER,
  TIMINGS,
  callHistory,
  callWith,
  checkPublishedSnapshots,
  holdByAgent,
  onDemoCall,
  type Rig,
  remoteHangUp,
} from './harness.ts';

afterEach(checkPublishedSnapshots);

/** The consult call to the colleague, connected; resolves with the id startCall gave. */
async function consultColleague(rig: Rig): Promise<string> {
  const consultId = await rig.engine.startCall([COLLEAGUE.rawId]);
  await rig.clock.advance(TIMINGS.callConnect + TIMINGS.ringing);
  return consultId;
}

describe('voicemail transfer', () => {
  it.each([
    ['a phone number', '4:+14255550142'],
    ['an ACS user', DEFAULT_SCENARIO.self],
    ['an anonymous Teams visitor', '8:teamsvisitor:abc123'],
  ])('to %s fails with 400/46053 without touching the call', async (_kind, target) => {
    const rig = await onDemoCall();
    const sent = await rig.engine.transfer({ callId: rig.callId, mode: 'voicemail', target });

    expect(sent).toMatchObject({ state: 'Failed', error: ERR.invalidTargetType });
    expect(callHistory(rig.revisions, CUSTOMER.rawId)).toEqual(['Connected/-', 'Connected/Failed']);
  });

  it('to a Teams user is always answered: Transferred, then the call is hung up', async () => {
    const rig = await onDemoCall();
    const sent = rig.engine.transfer({ callId: rig.callId, mode: 'voicemail', target: COLLEAGUE.rawId });
    await rig.clock.advance(TIMINGS.hold + TIMINGS.voicemailAnswer + TIMINGS.hangUp);

    expect(await sent).toMatchObject({ mode: 'voicemail', target: COLLEAGUE.rawId, state: 'Transferring' });
    expect(callHistory(rig.revisions, CUSTOMER.rawId).slice(-3)).toEqual([
      'LocalHold/Transferred',
      'Disconnecting/Transferred',
      'Disconnected/Transferred',
    ]);
  });
});

describe('consult transfer', () => {
  it('merges the held call into the consult call: the original hangs up and the consult call ends', async () => {
    const rig = await onDemoCall();
    await holdByAgent(rig, rig.callId);
    const consultId = await consultColleague(rig);
    const sent = await rig.engine.transfer({ callId: rig.callId, mode: 'call', target: consultId });
    await rig.clock.advance(TIMINGS.consultReplace + TIMINGS.hangUp);

    expect(sent).toMatchObject({ mode: 'call', target: consultId, state: 'Transferring' });
    expect(callHistory(rig.revisions, CUSTOMER.rawId).slice(-4)).toEqual([
      'LocalHold/Transferring',
      'LocalHold/Transferred',
      'Disconnecting/Transferred',
      'Disconnected/Transferred',
    ]);
    const consultStates = ['None/-', 'Connecting/-', 'Ringing/-', 'Connected/-', 'Disconnecting/-', 'Disconnected/-'];
    expect(callHistory(rig.revisions, COLLEAGUE.rawId)).toEqual(consultStates);
    expect(callWith(rig.engine.getSnapshot(), COLLEAGUE.rawId)?.endReason).toEqual({ code: 0, subCode: 0 });
  });

  it('holds the original call first if the agent has not', async () => {
    const rig = await onDemoCall();
    const consultId = await consultColleague(rig);
    const sent = rig.engine.transfer({ callId: rig.callId, mode: 'call', target: consultId });
    await rig.clock.advance(TIMINGS.hold);

    expect(await sent).toMatchObject({ state: 'Transferring' });
    expect(callHistory(rig.revisions, CUSTOMER.rawId)).toEqual(['Connected/-', 'Connected/None', 'LocalHold/None', 'LocalHold/Transferring']);
  });

  it.each([
    ['an unknown call id', async () => 'call-404'],
    ['an ended call', async (rig: Rig) => {
      const consultId = await consultColleague(rig);
      remoteHangUp(rig, callWith(rig.engine.getSnapshot(), COLLEAGUE.rawId)?.id ?? consultId);
      return consultId;
    }],
  ])('to %s is refused at once with {0, 0} and resumes the call it held', async (_kind, consultTarget) => {
    const rig = await onDemoCall();
    const target = await consultTarget(rig);
    const sent = rig.engine.transfer({ callId: rig.callId, mode: 'call', target });
    await rig.clock.advance(TIMINGS.hold + TIMINGS.resume);

    expect(await sent).toMatchObject({ state: 'Failed', error: { code: 0, subCode: 0, reason: 'consultCallGone' } });
    const resumed = ['Connected/-', 'Connected/None', 'LocalHold/None', 'LocalHold/Failed', 'Connected/Failed'];
    expect(callHistory(rig.revisions, CUSTOMER.rawId)).toEqual(resumed);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { callIn, callWith, COLLEAGUE, disposeFixtures, historyOf, onCustomerCall, startedFixture, TEAMS_USER } from './engine-fixture.ts';

afterEach(disposeFixtures);
describe('AcsCallEngine transfer, through the SDK quirks (docs/acs-sdk.md §7, §8)', () => {
  it('holds first, then publishes Transferring, Transferred and the hung-up original as separate revisions', async () => {
    const { world, engine, snapshots, call } = await onCustomerCall();

    const sent = await engine.transfer({ callId: call.id, mode: 'participant', target: COLLEAGUE });
    expect(sent).toMatchObject({ state: 'Transferring', mode: 'participant', target: COLLEAGUE, callId: call.id });
    await world.settle();

    expect(historyOf(snapshots, call.id)).toEqual([
      'Connected/-',
      'Connected/None',
      'LocalHold/None',
      'LocalHold/Transferring',
      'LocalHold/Transferred',
      'Disconnecting/Transferred',
      'Disconnected/Transferred',
    ]);
  });

  it('resumes the call it held when the target declines, and says why', async () => {
    const { world, engine, call } = await onCustomerCall();
    world.outcomes.set(COLLEAGUE, 'decline');

    await engine.transfer({ callId: call.id, mode: 'participant', target: COLLEAGUE });
    await world.settle();

    expect(callIn(engine.getSnapshot(), call.id)).toMatchObject({ state: 'Connected', transfer: { state: 'Failed', error: { code: 603, subCode: 0 } } });
    expect(engine.getSnapshot().lastError).toMatchObject({ code: 603, origin: 'sdk' });
  });

  it('reads a Transfer that is Failed from the start, when no event will ever come', async () => {
    const { world, engine, call } = await onCustomerCall();

    const sent = await engine.transfer({ callId: call.id, mode: 'call', target: 'no-such-call' });
    await world.settle();

    expect(sent).toMatchObject({ state: 'Failed', error: { code: 0, subCode: 0, reason: 'consultCallGone' } });
    expect(callIn(engine.getSnapshot(), call.id)).toMatchObject({ state: 'Connected', transfer: { state: 'Failed' } });
  });

  it('fails with 500/41033 and leaves the call alone when it cannot be held', async () => {
    const { world, engine } = await startedFixture();
    const callId = await engine.startCall([COLLEAGUE]);

    const sent = await engine.transfer({ callId, mode: 'participant', target: TEAMS_USER });
    await world.settle();

    expect(sent).toMatchObject({ callId, state: 'Failed', error: { code: 500, subCode: 41033 } });
    expect(callWith(engine.getSnapshot(), COLLEAGUE)?.state).toBe('Connected');
  });

  it('fails a group call with 400/46051 and resumes it', async () => {
    const { engine, call } = await onCustomerCall();
    call.addRemote({ rawId: COLLEAGUE });

    const sent = await engine.transfer({ callId: call.id, mode: 'participant', target: TEAMS_USER });

    expect(sent).toMatchObject({ state: 'Failed', error: { code: 400, subCode: 46051 } });
    expect(callIn(engine.getSnapshot(), call.id).state).toBe('Connected');
  });

  it('fails an unrecognised target with 400/46052 and resumes the call', async () => {
    const { engine, call } = await onCustomerCall();

    const sent = await engine.transfer({ callId: call.id, mode: 'participant', target: '8:acs:a:b' });

    expect(sent).toMatchObject({ state: 'Failed', error: { code: 400, subCode: 46052 } });
    expect(callIn(engine.getSnapshot(), call.id).state).toBe('Connected');
  });

  it('refuses voicemail for anyone but a Teams user without touching the call', async () => {
    const { engine, snapshots, call } = await onCustomerCall();

    const sent = await engine.transfer({ callId: call.id, mode: 'voicemail', target: COLLEAGUE });

    expect(sent).toMatchObject({ state: 'Failed', error: { code: 400, subCode: 46053 } });
    expect(historyOf(snapshots, call.id)).toEqual(['Connected/-', 'Connected/Failed']);
    expect(engine.getSnapshot().lastError?.message).toBe(`Voicemail transfer needs a Teams user (8:orgid:…); ${COLLEAGUE} is not one.`);
  });

  it("sends a Teams user's voicemail", async () => {
    const { world, engine, call } = await onCustomerCall();

    await engine.transfer({ callId: call.id, mode: 'voicemail', target: TEAMS_USER });
    await world.settle();

    expect(callIn(engine.getSnapshot(), call.id)).toMatchObject({ state: 'Disconnected', transfer: { mode: 'voicemail', state: 'Transferred' } });
  });

  it('transfers to a consult call by its id', async () => {
    const { world, engine, call } = await onCustomerCall();
    await engine.hold(call.id);
    const consultId = await engine.startCall([COLLEAGUE]);
    await world.settle();

    await engine.transfer({ callId: call.id, mode: 'call', target: consultId });
    await world.settle();

    expect(callIn(engine.getSnapshot(), call.id)).toMatchObject({ state: 'Disconnected', transfer: { mode: 'call', target: consultId, state: 'Transferred' } });
  });

  it('leaves a call it did not hold on hold when the transfer fails', async () => {
    const { world, engine, call } = await onCustomerCall();
    world.outcomes.set(COLLEAGUE, 'noAnswer');
    await engine.hold(call.id);

    await engine.transfer({ callId: call.id, mode: 'participant', target: COLLEAGUE });
    await world.settle();

    expect(callIn(engine.getSnapshot(), call.id)).toMatchObject({ state: 'LocalHold', transfer: { state: 'Failed', error: { code: 408 } } });
  });

  it('keeps the original call on hold after success when asked not to hang up', async () => {
    const { world, engine, call } = await onCustomerCall();

    await engine.transfer({ callId: call.id, mode: 'participant', target: COLLEAGUE, hangUpOnSuccess: false });
    await world.settle();

    expect(callIn(engine.getSnapshot(), call.id)).toMatchObject({ state: 'LocalHold', transfer: { state: 'Transferred' } });
  });

  it('refuses a second transfer while one is under way, leaving the first in view', async () => {
    const { engine, call } = await onCustomerCall();
    await engine.transfer({ callId: call.id, mode: 'participant', target: COLLEAGUE });

    const second = await engine.transfer({ callId: call.id, mode: 'participant', target: TEAMS_USER });

    expect(second).toMatchObject({ state: 'Failed', error: { code: 409 } });
    expect(callIn(engine.getSnapshot(), call.id).transfer).toMatchObject({ target: COLLEAGUE, state: 'Transferring' });
  });

  it('answers a transfer of a call it does not have with Failed 404, not a rejection', async () => {
    const { engine } = await startedFixture();

    const sent = await engine.transfer({ callId: 'nope', mode: 'participant', target: COLLEAGUE });

    expect(sent).toMatchObject({ callId: 'nope', state: 'Failed', error: { code: 404 } });
    expect(engine.getSnapshot().lastError).toMatchObject({ code: 404, message: 'There is no such call to transfer.' });
  });

  it('does not touch the call while disconnected from ACS', async () => {
    const { world, engine, snapshots, call } = await onCustomerCall();
    world.agent.setConnectionState('Disconnected', 'connectionIssue');

    const sent = await engine.transfer({ callId: call.id, mode: 'participant', target: COLLEAGUE });

    expect(sent).toMatchObject({ state: 'Failed', error: { code: 503 } });
    expect(historyOf(snapshots, call.id)).toEqual(['Connected/-', 'Connected/Failed']);
  });

  it('reaches a consult call by the id startCall gave, after the id changed on connecting', async () => {
    const { world, engine, call } = await onCustomerCall();
    await engine.hold(call.id);
    const consultId = await engine.startCall([COLLEAGUE]);
    await world.settle();

    await engine.transfer({ callId: call.id, mode: 'call', target: consultId });
    await world.settle();

    expect(callIn(engine.getSnapshot(), call.id)).toMatchObject({ state: 'Disconnected', transfer: { state: 'Transferred' } });
  });
});

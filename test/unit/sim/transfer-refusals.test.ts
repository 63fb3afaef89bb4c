import { afterEach, describe, expect, it } from 'vitest';
import { ERR } from '../../../src/shared/call-errors.ts';
import {
  ANSWERS,
  CUSTOMER,
  NEVER_ANSWERS,
  TIMINGS,
  callWith,
  checkPublishedSnapshots,
  onDemoCall,
  transferAndHold,
  type Rig,
} from './harness.ts';

afterEach(checkPublishedSnapshots);

const customerCall = (rig: Rig) => callWith(rig.engine.getSnapshot(), CUSTOMER.rawId);

describe('transfer refusals', () => {
  it('refuse a second transfer while one is under way with 409, keeping the first in view', async () => {
    const rig = await onDemoCall();
    const first = await transferAndHold(rig, { callId: rig.callId, mode: 'participant', target: NEVER_ANSWERS });
    const second = await rig.engine.transfer({ callId: rig.callId, mode: 'participant', target: ANSWERS });

    expect(second).toMatchObject({ state: 'Failed', error: ERR.badState, target: ANSWERS });
    expect(customerCall(rig)?.transfer).toMatchObject({ opId: first.opId, state: 'Transferring' });
    expect(rig.engine.getSnapshot().lastError).toMatchObject({
      ...ERR.badState,
      message: 'A transfer of this call is already under way.',
    });
  });

  it('refuse a second transfer during the first one’s hold step', async () => {
    const rig = await onDemoCall();
    const first = rig.engine.transfer({ callId: rig.callId, mode: 'participant', target: ANSWERS });
    const second = await rig.engine.transfer({ callId: rig.callId, mode: 'participant', target: ANSWERS });
    await rig.clock.advance(TIMINGS.hold);

    expect(second.error).toEqual(ERR.badState);
    expect((await first).state).toBe('Transferring');
  });

  it('refuse an ended call with 404 and keep its final transfer outcome', async () => {
    const rig = await onDemoCall();
    await transferAndHold(rig, { callId: rig.callId, mode: 'participant', target: ANSWERS });
    await rig.clock.advance(TIMINGS.transferRinging + TIMINGS.hangUp);
    const again = await rig.engine.transfer({ callId: rig.callId, mode: 'participant', target: ANSWERS });
    const unknown = await rig.engine.transfer({ callId: 'call-404', mode: 'participant', target: ANSWERS });

    expect([again.error, unknown.error]).toEqual([ERR.notFound, ERR.notFound]);
    expect(customerCall(rig)).toMatchObject({ state: 'Disconnected', transfer: { state: 'Transferred' } });
  });

  it('return frozen snapshots', async () => {
    const rig = await onDemoCall();
    const refused = await rig.engine.transfer({ callId: 'call-404', mode: 'participant', target: ANSWERS });
    const sent = await transferAndHold(rig, { callId: rig.callId, mode: 'participant', target: ANSWERS });

    expect([Object.isFrozen(refused), Object.isFrozen(refused.error), Object.isFrozen(sent)]).toEqual([true, true, true]);
  });
});

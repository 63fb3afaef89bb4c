import { afterEach, describe, expect, it } from 'vitest';
import { ERR } from '../../../src/shared/call-errors.ts';
import { CALLER, COLLEAGUE, T0, TIMINGS, callWith, checkPublishedSnapshots, history, started, type Rig } from './harness.ts';

afterEach(checkPublishedSnapshots);

async function ringing(rig: Rig, event: 'incomingCall' | 'incomingTransfer'): Promise<string> {
  await rig.engine.simulate(event);
  const entry = rig.engine.getSnapshot().incoming.at(-1);
  if (!entry) throw new Error('nothing is ringing');
  return entry.id;
}

describe('incoming calls', () => {
  it('ring in snapshot.incoming with the caller', async () => {
    const rig = await started();
    const id = await ringing(rig, 'incomingCall');

    expect(rig.engine.getSnapshot().incoming).toEqual([{ id, caller: CALLER, receivedAt: T0 + TIMINGS.agentConnect }]);
  });

  it('once accepted, leave incoming and go Connecting → Connected as an Incoming call with the same id', async () => {
    const rig = await started();
    const id = await ringing(rig, 'incomingCall');
    const accepted = await rig.engine.accept(id);
    await rig.clock.advance(TIMINGS.callConnect);

    expect(accepted).toBe(id);
    expect(history(rig.revisions, (s) => callWith(s, CALLER.rawId)?.state)).toEqual(['Connecting', 'Connected']);
    const connectingAt = rig.revisions.find((s) => callWith(s, CALLER.rawId));
    expect(connectingAt?.incoming).toEqual([]);
    expect(callWith(rig.engine.getSnapshot(), CALLER.rawId)).toMatchObject({ id, direction: 'Incoming', remote: [CALLER] });
  });

  it('transferred to us by a colleague keep transferredBy once accepted', async () => {
    const rig = await started();
    const id = await ringing(rig, 'incomingTransfer');
    expect(rig.engine.getSnapshot().incoming[0]).toMatchObject({ caller: CALLER, transferredBy: COLLEAGUE });

    await rig.engine.accept(id);
    await rig.clock.advance(TIMINGS.callConnect);
    expect(callWith(rig.engine.getSnapshot(), CALLER.rawId)).toMatchObject({ state: 'Connected', transferredBy: COLLEAGUE });
  });

  it('disappear when rejected, with no call', async () => {
    const rig = await started();
    const id = await ringing(rig, 'incomingCall');
    await rig.engine.reject(id);

    expect(rig.engine.getSnapshot()).toMatchObject({ incoming: [], calls: [] });
  });

  it('are missed after 30 s unanswered', async () => {
    const rig = await started();
    await ringing(rig, 'incomingCall');
    await rig.clock.advance(TIMINGS.incomingTimeout - 1);
    expect(rig.engine.getSnapshot().incoming).toHaveLength(1);

    await rig.clock.advance(1);
    expect(rig.engine.getSnapshot()).toMatchObject({ incoming: [], calls: [] });
  });

  it('that are no longer ringing cannot be accepted or rejected', async () => {
    const rig = await started();
    const id = await ringing(rig, 'incomingCall');
    await rig.clock.advance(TIMINGS.incomingTimeout);

    await expect(rig.engine.accept(id)).rejects.toMatchObject(ERR.notFound);
    await expect(rig.engine.reject(id)).rejects.toMatchObject(ERR.notFound);
    expect(rig.engine.getSnapshot().lastError?.message).toBe('That incoming call is no longer ringing.');
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { EngineFailure } from '../../../src/shared/engine.ts';
import { callIn, callWith, COLLEAGUE, CUSTOMER, startedFixture, disposeFixtures } from './engine-fixture.ts';

afterEach(disposeFixtures);

describe('AcsCallEngine calls', () => {
  it('publishes a call the agent reports, with its remote party', async () => {
    const { world, engine } = await startedFixture();
    const call = world.agent.createCall([{ rawId: CUSTOMER }], 'Incoming');

    expect(callIn(engine.getSnapshot(), call.id)).toMatchObject({
      direction: 'Incoming',
      state: 'Connected',
      isMuted: false,
      remote: [{ rawId: CUSTOMER }],
    });
  });

  it('follows a call whose id changes, under its new id (idChanged)', async () => {
    const { world, engine } = await startedFixture();
    const call = world.agent.createCall([{ rawId: CUSTOMER }], 'Outgoing');

    call.changeId('server-call-7');
    await engine.hold('server-call-7');

    expect(engine.getSnapshot().calls).toEqual([expect.objectContaining({ id: 'server-call-7', state: 'LocalHold' })]);
  });

  it('mutes, and shows participants joining', async () => {
    const { world, engine } = await startedFixture();
    const call = world.agent.createCall([{ rawId: CUSTOMER }], 'Outgoing');

    await engine.setMuted(call.id, true);
    call.addRemote({ rawId: COLLEAGUE });

    expect(callIn(engine.getSnapshot(), call.id)).toMatchObject({ isMuted: true, remote: [{ rawId: CUSTOMER }, { rawId: COLLEAGUE }] });
  });

  it('keeps an ended call with its end reason until it is dismissed', async () => {
    const { world, engine } = await startedFixture();
    const call = world.agent.createCall([{ rawId: CUSTOMER }], 'Outgoing');

    call.end({ code: 487, subCode: 5 });
    expect(callIn(engine.getSnapshot(), call.id)).toMatchObject({ state: 'Disconnected', endReason: { code: 487, subCode: 5 } });
    expect(callIn(engine.getSnapshot(), call.id).endedAt).toEqual(expect.any(Number));

    await engine.dismiss(call.id);
    expect(engine.getSnapshot().calls).toEqual([]);
  });

  it('drops ended calls when a new call takes their place', async () => {
    const { world, engine } = await startedFixture();
    world.agent.createCall([{ rawId: CUSTOMER }], 'Outgoing').end({ code: 0, subCode: 0 });

    const next = world.agent.createCall([{ rawId: COLLEAGUE }], 'Incoming');

    expect(engine.getSnapshot().calls.map((call) => call.id)).toEqual([next.id]);
  });

  it('refuses to dismiss a live call', async () => {
    const { world, engine } = await startedFixture();
    const call = world.agent.createCall([{ rawId: CUSTOMER }], 'Outgoing');

    await expect(engine.dismiss(call.id)).rejects.toBeInstanceOf(EngineFailure);
    expect(engine.getSnapshot().calls).toHaveLength(1);
  });

  it('dials a phone number with the caller id and reaches Connected when it answers', async () => {
    const { world, engine } = await startedFixture();

    const callId = await engine.startCall([CUSTOMER], { alternateCallerId: '+14255550199' });
    expect(callIn(engine.getSnapshot(), callId)).toMatchObject({ direction: 'Outgoing', state: 'Connecting' });
    await world.settle();

    expect(callWith(engine.getSnapshot(), CUSTOMER)).toMatchObject({ state: 'Connected', connectedAt: expect.any(Number) });
  });

  it('will not dial a phone number without a caller id', async () => {
    const { engine } = await startedFixture();

    await expect(engine.startCall([CUSTOMER])).rejects.toThrow('Calling a phone number needs a caller id');
    expect(engine.getSnapshot()).toMatchObject({ calls: [], lastError: { code: 400, origin: 'engine' } });
  });

  it('will not dial something that is not an ACS raw id', async () => {
    const { engine } = await startedFixture();

    await expect(engine.startCall(['8:acs:a:b'])).rejects.toMatchObject({ code: 400, subCode: 46052 });
  });

  it('shows a ringing call, then the call once accepted', async () => {
    const { world, engine } = await startedFixture();
    const incoming = world.agent.ring({ rawId: CUSTOMER }, { rawId: COLLEAGUE });
    expect(engine.getSnapshot().incoming).toEqual([
      { id: incoming.id, caller: { rawId: CUSTOMER }, transferredBy: { rawId: COLLEAGUE }, receivedAt: expect.any(Number) },
    ]);

    const callId = await engine.accept(incoming.id);
    await world.settle();

    expect(engine.getSnapshot().incoming).toEqual([]);
    expect(callIn(engine.getSnapshot(), callId)).toMatchObject({ direction: 'Incoming', state: 'Connected', transferredBy: { rawId: COLLEAGUE } });
  });

  it('removes a ringing call when it is rejected or the caller gives up', async () => {
    const { world, engine } = await startedFixture();
    const rejected = world.agent.ring({ rawId: CUSTOMER });
    world.agent.ring({ rawId: COLLEAGUE });

    await engine.reject(rejected.id);
    expect(engine.getSnapshot().incoming).toHaveLength(1);
    await world.advance(world.scenario.timings.incomingTimeout);

    expect(engine.getSnapshot().incoming).toEqual([]);
  });

  it('publishes each change as the next revision, frozen and JSON-safe', async () => {
    const { world, engine, snapshots } = await startedFixture();
    const call = world.agent.createCall([{ rawId: CUSTOMER }], 'Outgoing');
    await engine.hold(call.id);
    await engine.resume(call.id);
    await engine.hangUp(call.id);

    expect(snapshots.map((snapshot) => snapshot.rev)).toEqual(snapshots.map((_, index) => index + 1));
    for (const snapshot of snapshots) {
      expect(JSON.parse(JSON.stringify(snapshot))).toStrictEqual(snapshot);
      expect(Object.isFrozen(snapshot) && Object.isFrozen(snapshot.calls) && snapshot.calls.every(Object.isFrozen)).toBe(true);
    }
  });

  it('rejects operations on unknown calls with a not-found failure', async () => {
    const { engine } = await startedFixture();

    await expect(engine.hold('nope')).rejects.toMatchObject({ message: 'There is no such call.', code: 404, subCode: 0 });
    await expect(engine.accept('nope')).rejects.toMatchObject({ message: 'That incoming call is no longer ringing.', code: 404 });
  });
});

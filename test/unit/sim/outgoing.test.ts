import { SERVICE } from '../../../src/engine/sim/service-codes.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { ERR } from '../../../src/shared/call-errors.ts';
import { EngineFailure } from '../../../src/shared/engine.ts';
import {
  ANSWERS,
  COLLEAGUE,
  CUSTOMER,
  DECLINES,
  NEVER_ANSWERS,
  TIMINGS,
  T0,
  UNKNOWN,
  callWith,
  checkPublishedSnapshots,
  history,
  started,
} from './harness.ts';

afterEach(checkPublishedSnapshots);

describe('outgoing calls', () => {
  it('go None → Connecting → Ringing → Connected, each in a revision of its own', async () => {
    const { engine, clock, revisions } = await started();
    await engine.startCall([ANSWERS]);
    await clock.advance(TIMINGS.callConnect + TIMINGS.ringing);

    expect(history(revisions, (s) => callWith(s, ANSWERS)?.state)).toEqual(['None', 'Connecting', 'Ringing', 'Connected']);
    expect(callWith(engine.getSnapshot(), ANSWERS)).toMatchObject({
      direction: 'Outgoing',
      isMuted: false,
      remote: [{ rawId: ANSWERS }],
      startedAt: T0 + TIMINGS.agentConnect,
      connectedAt: T0 + TIMINGS.agentConnect + TIMINGS.callConnect + TIMINGS.ringing,
    });
  });

  it('resolve at once with a provisional id that changes at Connected (idChanged)', async () => {
    const { engine, clock, revisions } = await started();
    const provisional = await engine.startCall([ANSWERS]);
    await clock.advance(TIMINGS.callConnect + TIMINGS.ringing);

    const ids = history(revisions, (s) => callWith(s, ANSWERS)?.id);
    expect(ids).toHaveLength(2);
    expect(ids[0]).toBe(provisional);
    const idAt = (state: string) => revisions.map((s) => callWith(s, ANSWERS)).find((c) => c?.state === state)?.id;
    expect(idAt('Ringing')).toBe(provisional);
    expect(idAt('Connected')).toBe(ids[1]);
  });

  it('keep answering to their provisional id after the change', async () => {
    const { engine, clock } = await started();
    const provisional = await engine.startCall([ANSWERS]);
    await clock.advance(TIMINGS.callConnect + TIMINGS.ringing);

    await engine.setMuted(provisional, true);
    const held = engine.hold(provisional);
    await clock.advance(TIMINGS.hold);
    await held;

    const call = callWith(engine.getSnapshot(), ANSWERS);
    expect(call).toMatchObject({ state: 'LocalHold', isMuted: true });
    expect(call?.id).not.toBe(provisional);
  });

  it('to a declining callee ring, then end with 603 (decline rule: …0000)', async () => {
    const { engine, clock, revisions } = await started();
    await engine.startCall([DECLINES]);
    await clock.advance(TIMINGS.callConnect + TIMINGS.decline);

    expect(history(revisions, (s) => callWith(s, DECLINES)?.state)).toEqual(['None', 'Connecting', 'Ringing', 'Disconnecting', 'Disconnected']);
    expect(callWith(engine.getSnapshot(), DECLINES)?.endReason).toEqual(SERVICE.declined);
  });

  it('to a phone that never answers give up after the PSTN setup timeout (…9999)', async () => {
    const { engine, clock } = await started();
    await engine.startCall([NEVER_ANSWERS]);
    await clock.advance(TIMINGS.callConnect + TIMINGS.pstnSetupTimeout - 1);
    expect(callWith(engine.getSnapshot(), NEVER_ANSWERS)?.state).toBe('Ringing');

    await clock.advance(1);
    expect(callWith(engine.getSnapshot(), NEVER_ANSWERS)).toMatchObject({ state: 'Disconnected', endReason: SERVICE.callNotAnswered });
  });

  it('to a target the service does not know end before ringing (…4040)', async () => {
    const { engine, clock, revisions } = await started();
    await engine.startCall([UNKNOWN]);
    await clock.advance(TIMINGS.callConnect);

    expect(history(revisions, (s) => callWith(s, UNKNOWN)?.state)).toEqual(['None', 'Connecting', 'Disconnecting', 'Disconnected']);
    expect(callWith(engine.getSnapshot(), UNKNOWN)?.endReason).toEqual(SERVICE.callTargetNotFound);
  });

  it('to two targets have both as remote parties, with the names the scenario knows', async () => {
    const { engine, clock } = await started();
    await engine.startCall([CUSTOMER.rawId, COLLEAGUE.rawId]);
    await clock.advance(TIMINGS.callConnect + TIMINGS.ringing);

    expect(callWith(engine.getSnapshot(), CUSTOMER.rawId)).toMatchObject({
      state: 'Connected',
      remote: [CUSTOMER, COLLEAGUE],
    });
  });

  it.each([[[]], [['not-a-raw-id']], [[ANSWERS, '4:123']]])('are refused for targets %j with 400/46052', async (targets) => {
    const { engine } = await started();
    const attempt = engine.startCall(targets);

    await expect(attempt).rejects.toThrow(EngineFailure);
    await expect(attempt).rejects.toMatchObject(ERR.unknownTarget);
    expect(engine.getSnapshot()).toMatchObject({ calls: [], lastError: { ...ERR.unknownTarget, origin: 'engine' } });
  });
});

// The session's sequences (src/offscreen/sequences.ts), followed through the snapshots the agent
// sees: the customer is never left on hold, and a failed step is put back and named.
import { describe, expect, it, vi } from 'vitest';
import { consulting, historyOf, ringing, startedSession, states } from './session-rig.ts';

describe('accepting while on a call', () => {
  it('holds the customer, then answers the ringing call', async () => {
    const rig = await startedSession();
    const customer = rig.latest().calls[0]?.id ?? '';
    const reply = await rig.session.run({ type: 'accept', incomingId: await ringing(rig) });

    expect(reply.ok).toBe(true);
    await vi.waitFor(() => expect(states(rig)).toEqual(['LocalHold', 'Connected']));
    expect(historyOf(rig, customer)).toEqual(['Connected', 'LocalHold']);
  });

  it('gives the customer back when the accept fails, and says which step failed', async () => {
    const rig = await startedSession();
    const customer = rig.latest().calls[0]?.id ?? '';
    const reply = await rig.session.run({ type: 'accept', incomingId: 'no-longer-ringing' });

    expect(reply).toMatchObject({ ok: false, error: { step: 'accept', restored: true, code: 404 } });
    await vi.waitFor(() => expect(historyOf(rig, customer)).toEqual(['Connected', 'LocalHold', 'Connected']));
  });

  it('accepts nothing when the customer cannot be held', async () => {
    const rig = await startedSession();
    const incomingId = await ringing(rig);
    rig.refuse.add('hold');
    const reply = await rig.session.run({ type: 'accept', incomingId });

    expect(reply).toMatchObject({ ok: false, error: { step: 'hold', restored: true } });
    expect(states(rig)).toEqual(['Connected']);
    expect(rig.latest().incoming.map((call) => call.id)).toEqual([incomingId]);
  });
});

describe('switching between two calls', () => {
  it('holds the call the agent is on and takes up the held one', async () => {
    const rig = await startedSession();
    const { original, consult } = await consulting(rig);
    expect((await rig.session.run({ type: 'switchTo', callId: original })).ok).toBe(true);

    await vi.waitFor(() => expect(states(rig)).toEqual(['Connected', 'LocalHold']));
    expect(historyOf(rig, consult).slice(-2)).toEqual(['Connected', 'LocalHold']);
  });

  it('says so when the switch cannot resume and the other call cannot be taken back either', async () => {
    const rig = await startedSession();
    const { original, consult } = await consulting(rig);
    rig.refuse.add('resume');
    const reply = await rig.session.run({ type: 'switchTo', callId: original });

    // The refused resume also refuses the undo: the reply says the consult call stayed held.
    expect(reply).toMatchObject({ ok: false, error: { step: 'resume', restored: false } });
    rig.refuse.clear();
    expect(await rig.session.run({ type: 'switchTo', callId: consult })).toMatchObject({ ok: true });
    await vi.waitFor(() => expect(states(rig)).toEqual(['LocalHold', 'Connected']));
  });
});

describe('consult first', () => {
  it('takes the customer off hold again when the consult call cannot start', async () => {
    const rig = await startedSession();
    const customer = rig.latest().calls[0]?.id ?? '';
    rig.refuse.add('startCall');
    const reply = await rig.session.run({ type: 'consult', callId: customer, target: '4:+442079460958' });

    expect(reply).toMatchObject({ ok: false, error: { step: 'startCall', restored: true } });
    await vi.waitFor(() => expect(historyOf(rig, customer)).toEqual(['Connected', 'LocalHold', 'Connected']));
  });

  it('completes: the customer goes to the target and both calls end', async () => {
    const rig = await startedSession();
    const { original, consult } = await consulting(rig);
    const reply = await rig.session.run({ type: 'completeConsult', callId: original, consultCallId: consult });

    expect(reply.ok).toBe(true);
    await vi.waitFor(() => expect(states(rig)).toEqual(['Disconnected', 'Disconnected']));
    expect(rig.latest().calls[0]?.transfer?.state).toBe('Transferred');
  });

  it('cancels: the consult call ends and the customer is back, connected', async () => {
    const rig = await startedSession();
    const { original, consult } = await consulting(rig);
    const reply = await rig.session.run({ type: 'cancelConsult', callId: original, consultCallId: consult });

    expect(reply.ok).toBe(true);
    await vi.waitFor(() => expect(states(rig)).toEqual(['Connected', 'Disconnected']));
    expect(historyOf(rig, original).slice(-2)).toEqual(['LocalHold', 'Connected']);
  });

  it('leaves both calls as they are when the consult call cannot be hung up', async () => {
    const rig = await startedSession();
    const { original, consult } = await consulting(rig);
    rig.refuse.add('hangUp');
    const reply = await rig.session.run({ type: 'cancelConsult', callId: original, consultCallId: consult });

    expect(reply).toMatchObject({ ok: false, error: { step: 'hangUp' } });
    expect(states(rig)).toEqual(['LocalHold', 'Connected']);
  });

  it('refuses a pair that is no consultation, changing nothing', async () => {
    const rig = await startedSession();
    const customer = rig.latest().calls[0]?.id ?? '';
    const reply = await rig.session.run({ type: 'cancelConsult', callId: customer, consultCallId: 'call-x' });

    expect(reply).toMatchObject({ ok: false, error: { code: 409 } });
    expect(states(rig)).toEqual(['Connected']);
  });
});

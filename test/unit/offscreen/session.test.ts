import { describe, expect, it, vi } from 'vitest';
import type { SimulatedEngine } from '../../../src/offscreen/simulated-engine.ts';
import { FAST, consulting, startedSession, states } from './session-rig.ts';

describe('the session owner', () => {
  it('continues the rev of the previous owner', async () => {
    const { published } = await startedSession();
    expect(published[0]?.rev).toBe(11);
    expect(published.map((s) => s.rev)).toEqual(published.map((_, i) => 11 + i));
  });

  it('consults: the call goes on hold and a second call rings the target', async () => {
    const rig = await startedSession();
    await consulting(rig);
    expect(states(rig)).toEqual(['LocalHold', 'Connected']);
  });

  it('answers engine refusals as failed replies with their code, without throwing', async () => {
    const { session } = await startedSession();
    expect(await session.run({ type: 'hold', callId: 'no-such-call' })).toMatchObject({ ok: false, error: { code: 404 } });
    expect(await session.run({ type: 'dismiss', callId: 'no-such-call' })).toMatchObject({ ok: false });
  });
});

describe('settings saved during a call', () => {
  it('keep the call: a change that needs a new engine waits, and applies once the call ends', async () => {
    const rig = await startedSession();
    const customer = rig.latest().calls[0]?.id ?? '';
    await rig.session.applySettings({ ...FAST, simulatorDemoCall: false });

    expect(rig.session.settingsPending).toBe(true);
    expect(rig.pending).toEqual([true]);
    expect(states(rig)).toEqual(['Connected']);
    expect(rig.built).toHaveLength(1);

    await rig.session.run({ type: 'hangUp', callId: customer });
    await vi.waitFor(() => expect(rig.built.at(-1)?.simulatorDemoCall).toBe(false));
    await vi.waitFor(() => expect(rig.latest().connection).toBe('connected'));
    expect(rig.latest().calls).toEqual([]);
    expect(rig.pending).toEqual([true, false]);
    const revs = rig.published.map((s) => s.rev);
    expect(revs).toEqual([...revs].sort((a, b) => a - b));
  });

  it('apply at once when the running engine can follow them (a caller id), with no engine rebuilt', async () => {
    const rig = await startedSession();
    await rig.session.applySettings({ ...FAST, callerId: '+14255550100', hangUpAfterTransfer: false });

    expect(rig.session.settingsPending).toBe(false);
    expect(rig.built).toHaveLength(1);
    expect(states(rig)).toEqual(['Connected']);
  });

  it('saved back to what the engine runs are no longer pending', async () => {
    const rig = await startedSession();
    await rig.session.applySettings({ ...FAST, simulatorTimeScale: 0.02 });
    await rig.session.applySettings(FAST);

    expect(rig.pending).toEqual([true, false]);
    expect(rig.built).toHaveLength(1);
  });

  it('wait for an accept under way: a ringing call being answered is not dropped', async () => {
    const rig = await startedSession({ settings: { ...FAST, simulatorDemoCall: false } });
    await rig.session.run({ type: 'simulate', scenario: 'incomingCall' });
    await vi.waitFor(() => expect(rig.latest().incoming).toHaveLength(1));
    const accepting = rig.session.run({ type: 'accept', incomingId: rig.latest().incoming[0]?.id ?? '' });
    await rig.session.applySettings({ ...FAST, simulatorTimeScale: 0.02 });
    expect((await accepting).ok).toBe(true);

    await vi.waitFor(() => expect(states(rig)).toEqual(['Connected']));
    expect(rig.session.settingsPending).toBe(true);
    expect(rig.built).toHaveLength(1);
  });

  it('apply at once when no call is live', async () => {
    const rig = await startedSession({ settings: { ...FAST, simulatorDemoCall: false } });
    await rig.session.applySettings({ ...FAST, simulatorDemoCall: false, simulatorTimeScale: 0.02 });

    expect(rig.built.map((s) => s.simulatorTimeScale)).toEqual([0.01, 0.02]);
    expect(rig.pending).toEqual([]);
  });
});

describe('settings changes in quick succession', () => {
  it('leave exactly one engine running, built from the last settings', async () => {
    const idle = { ...FAST, simulatorDemoCall: false };
    const rig = await startedSession({ settings: idle, lastRev: 0 });
    const last = { ...idle, simulatorTimeScale: 0.02 };
    await Promise.all([rig.session.applySettings({ ...idle, simulatorTimeScale: 0.03 }), rig.session.applySettings(last)]);

    expect(rig.built.at(-1)).toEqual(last);
    const revs = rig.published.map((s) => s.rev);
    expect(revs).toEqual([...revs].sort((a, b) => a - b));
    expect(rig.latest().connection).toBe('connected');
  });
});

describe('trying a failed transfer again', () => {
  const COLLEAGUE = '4:+442079460958';

  async function declinedTransfer() {
    const rig = await startedSession();
    const world = (rig.session.currentEngine as SimulatedEngine).world;
    const callId = rig.latest().calls[0]?.id ?? '';
    world.outcomes.set(COLLEAGUE, 'decline');
    await rig.session.run({ type: 'transfer', request: { callId, mode: 'participant', target: COLLEAGUE } });
    await vi.waitFor(() => expect(rig.latest().calls[0]).toMatchObject({ state: 'Connected', transfer: { state: 'Failed' } }));
    return { rig, world, callId };
  }

  it('sends the same transfer once more: the colleague who declined answers this time', async () => {
    const { rig, world, callId } = await declinedTransfer();
    world.outcomes.set(COLLEAGUE, 'answer');
    const reply = await rig.session.run({ type: 'retryTransfer', callId });

    expect(reply).toMatchObject({ ok: true, value: { mode: 'participant', target: COLLEAGUE } });
    await vi.waitFor(() => expect(rig.latest().calls[0]).toMatchObject({ state: 'Disconnected', transfer: { state: 'Transferred', target: COLLEAGUE } }));
  });

  it('refuses a call whose transfer did not fail, and a transfer into a consult call', async () => {
    const rig = await startedSession();
    const callId = rig.latest().calls[0]?.id ?? '';
    expect(await rig.session.run({ type: 'retryTransfer', callId })).toMatchObject({ ok: false, error: { code: 409 } });

    const { original, consult } = await consulting(rig);
    await rig.session.run({ type: 'hangUp', callId: consult });
    await rig.session.run({ type: 'transfer', request: { callId: original, mode: 'call', target: consult } });
    await vi.waitFor(() => expect(rig.latest().calls.find((call) => call.id === original)?.transfer).toMatchObject({ mode: 'call', state: 'Failed' }));
    expect(await rig.session.run({ type: 'retryTransfer', callId: original })).toMatchObject({
      ok: false,
      error: { code: 409, message: 'A transfer into a consult call cannot be tried again: consult first once more.' },
    });
  });
});

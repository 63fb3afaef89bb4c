import { describe, expect, it, vi } from 'vitest';
import type { EngineSnapshot } from '../../../src/shared/engine.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings.ts';
import { Session } from '../../../src/offscreen/session.ts';
import { createEngine, engineConfigOf } from '../../../src/offscreen/engine-factory.ts';

const FAST: Settings = { ...DEFAULT_SETTINGS, simulatorTimeScale: 0.01 };

async function startedSession(settings: Settings = FAST) {
  const published: EngineSnapshot[] = [];
  const session = new Session(settings, 10, createEngine, (s) => published.push(s), engineConfigOf);
  await session.start();
  await vi.waitFor(() => expect(published.at(-1)?.calls[0]?.state).toBe('Connected'));
  return { session, published, latest: () => published.at(-1) as EngineSnapshot };
}

describe('the session owner', () => {
  it('continues the rev of the previous owner', async () => {
    const { published } = await startedSession();
    expect(published[0]?.rev).toBe(11);
    expect(published.map((s) => s.rev)).toEqual(published.map((_, i) => 11 + i));
  });

  it('consults: the call goes on hold and a second call rings the target; completing transfers into it', async () => {
    const { session, latest } = await startedSession();
    const original = latest().calls[0]?.id ?? '';
    const reply = await session.run({ type: 'consult', callId: original, target: '4:+442079460958' });
    expect(reply.ok).toBe(true);
    await vi.waitFor(() => expect(latest().calls.map((c) => c.state)).toEqual(['LocalHold', 'Connected']));
    const consultId = latest().calls[1]?.id ?? '';
    await session.run({ type: 'transfer', request: { callId: original, mode: 'call', target: consultId } });
    await vi.waitFor(() => expect(latest().calls.every((c) => c.state === 'Disconnected')).toBe(true));
    expect(latest().calls[0]?.transfer?.state).toBe('Transferred');
  });

  it('answers engine refusals as failed replies with their code, without throwing', async () => {
    const { session } = await startedSession();
    expect(await session.run({ type: 'hold', callId: 'no-such-call' })).toMatchObject({ ok: false, error: { code: 404 } });
    expect(await session.run({ type: 'dismiss', callId: 'no-such-call' })).toMatchObject({ ok: false });
  });

  it('replaces the engine when its configuration changes, keeping revs rising', async () => {
    const { session, published } = await startedSession();
    const before = published.length;
    await session.applySettings({ ...FAST, displayName: 'Sam' });
    expect(published.length).toBe(before);
    await session.applySettings({ ...FAST, simulatorDemoCall: false });
    const revs = published.map((s) => s.rev);
    expect(revs).toEqual([...revs].sort((a, b) => a - b));
    expect(new Set(revs).size).toBe(revs.length);
    expect(published.at(-1)?.calls).toEqual([]);
  });
});

describe('settings changes in quick succession', () => {
  it('leave exactly one engine running, built from the last settings', async () => {
    const built: string[] = [];
    const published: EngineSnapshot[] = [];
    const counting = (settings: Settings, rev: number) => {
      built.push(engineConfigOf(settings));
      return createEngine(settings, rev);
    };
    const session = new Session(FAST, 0, counting, (s) => published.push(s), engineConfigOf);
    await session.start();
    const last = { ...FAST, simulatorDemoCall: false, simulatorTimeScale: 0.02 };
    await Promise.all([session.applySettings({ ...FAST, simulatorTimeScale: 0.03 }), session.applySettings(last)]);
    expect(built).toEqual([FAST, { ...FAST, simulatorTimeScale: 0.03 }, last].map(engineConfigOf));
    const revs = published.map((s) => s.rev);
    expect(revs).toEqual([...revs].sort((a, b) => a - b));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(published.at(-1)?.calls).toEqual([]);
  });
});

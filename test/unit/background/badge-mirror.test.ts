import { describe, expect, it } from 'vitest';
import type { CallSnapshot, EngineSnapshot } from '../../../src/shared/engine.ts';
import { badgeOf } from '../../../src/background/badge.ts';
import { pageStateOf } from '../../../src/background/page-actions.ts';
import { mirrorSnapshot } from '../../../src/background/snapshot-mirror.ts';
import type { ReadWriteArea } from '../../../src/shared/storage-item.ts';

const call = (patch: Partial<CallSnapshot>): CallSnapshot => ({
  id: 'c1',
  direction: 'Incoming',
  state: 'Connected',
  isMuted: false,
  remote: [{ rawId: '4:+14255550123' }],
  startedAt: 0,
  ...patch,
});
const snap = (rev: number, calls: CallSnapshot[] = []): EngineSnapshot => ({ rev, engine: 'simulated', connection: 'connected', calls, incoming: [] });
const transfer = (state: 'None' | 'Transferring' | 'Failed') => ({
  opId: 'op', callId: 'c1', mode: 'participant' as const, target: '4:+442079460958', state, startedAt: 0, updatedAt: 0,
});

describe('badge', () => {
  it.each([
    ['no call', snap(1), 'none', ''],
    ['a connected call', snap(1, [call({})]), 'onCall', 'ON'],
    ['a held call', snap(1, [call({ state: 'LocalHold' })]), 'onHold', 'HOLD'],
    ['a transfer requested, before the hold', snap(1, [call({ transfer: transfer('None') })]), 'transferring', '→'],
    ['a transfer requested, once held', snap(1, [call({ state: 'LocalHold', transfer: transfer('None') })]), 'transferring', '→'],
    ['a transfer under way', snap(1, [call({ state: 'LocalHold', transfer: transfer('Transferring') })]), 'transferring', '→'],
    ['a failed transfer', snap(1, [call({ transfer: transfer('Failed') })]), 'failed', '!'],
    ['an ended call', snap(1, [call({ state: 'Disconnected' })]), 'none', ''],
  ])('shows %s', (_name, snapshot, state, text) => {
    expect(badgeOf(snapshot)).toMatchObject({ state, text });
  });

  it('shows offline when disconnected', () => {
    expect(badgeOf({ ...snap(1), connection: 'disconnected', connectionReason: 'invalidToken' }).state).toBe('offline');
  });
});

describe('page state', () => {
  it.each([
    ['no transfer', undefined, true],
    ['a transfer requested', transfer('None'), false],
    ['a transfer under way', transfer('Transferring'), false],
    ['a failed transfer', transfer('Failed'), true],
  ])('offers page controls a transfer with %s: %s', (_name, latest, transferable) => {
    expect(pageStateOf(snap(1, [call({ transfer: latest })]), 'US')).toEqual({ callActive: true, transferable, defaultCountry: 'US' });
  });
});

describe('mirrorSnapshot', () => {
  function memoryArea(): ReadWriteArea & { data: Record<string, unknown> } {
    const data: Record<string, unknown> = {};
    return {
      data,
      get: async (key) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
      set: async (items) => void Object.assign(data, structuredClone(items)),
    };
  }

  it('keeps the newest revision whatever order the writes arrive in', async () => {
    const area = memoryArea();
    const seen: number[] = [];
    await Promise.all([3, 1, 4, 2].map((rev) => mirrorSnapshot(area, snap(rev), (s) => seen.push(s.rev))));
    expect((area.data.engineSnapshot as EngineSnapshot).rev).toBe(4);
    expect(seen).toEqual([3, 4]);
  });

  it('hands each snapshot it writes to beforeWrite while the old one is still stored', async () => {
    const area = memoryArea();
    const storedBefore: unknown[] = [];
    const write = (rev: number) =>
      mirrorSnapshot(area, snap(rev), () => undefined, () => storedBefore.push((area.data.engineSnapshot as EngineSnapshot | undefined)?.rev));
    await write(1);
    await write(2);
    await write(1);
    expect(storedBefore).toEqual([undefined, 1]);
  });
});

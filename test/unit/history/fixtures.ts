// Snapshots and history entries for the history, notification and shortcut tests.
import type { CallSnapshot, EngineSnapshot, TransferSnapshot } from '../../../src/shared/engine.ts';
import type { HistoryEntry } from '../../../src/shared/history.ts';

export const CUSTOMER = { rawId: '4:+14255550123', displayName: 'Alex Rivera' };
export const COLLEAGUE = '4:+442079460958';
export const TEAMS_USER = '8:orgid:6f1c2b7a-3d4e-4f5a-9b8c-7d6e5f4a3b2c';

export const entry = (patch: Partial<HistoryEntry> = {}): HistoryEntry => ({
  opId: 'transfer-1',
  at: Date.UTC(2026, 10, 25, 14, 30, 5),
  callId: 'call-1',
  party: { ...CUSTOMER },
  target: COLLEAGUE,
  mode: 'participant',
  outcome: 'Transferred',
  ...patch,
});

export const transfer = (state: TransferSnapshot['state'], patch: Partial<TransferSnapshot> = {}): TransferSnapshot => ({
  opId: 'transfer-1',
  callId: 'call-1',
  mode: 'participant',
  target: COLLEAGUE,
  state,
  startedAt: 1000,
  updatedAt: 2000,
  ...patch,
});

export const call = (patch: Partial<CallSnapshot> = {}): CallSnapshot => ({
  id: 'call-1',
  direction: 'Incoming',
  state: 'Connected',
  isMuted: false,
  remote: [{ ...CUSTOMER }],
  startedAt: 0,
  ...patch,
});

export const snap = (rev: number, calls: CallSnapshot[] = [], patch: Partial<EngineSnapshot> = {}): EngineSnapshot => ({
  rev,
  engine: 'simulated',
  connection: 'connected',
  calls,
  incoming: [],
  ...patch,
});

/** A call going through a transfer, one snapshot per state, as the engines publish it. */
export function transferRevisions(outcome: 'Transferred' | 'Failed', patch: Partial<TransferSnapshot> = {}): EngineSnapshot[] {
  const error = outcome === 'Failed' ? { error: { code: 603, subCode: 0 } } : {};
  return [
    snap(1, [call()]),
    snap(2, [call({ state: 'LocalHold', transfer: transfer('Transferring', patch) })]),
    snap(3, [call({ state: 'LocalHold', transfer: transfer(outcome, { ...error, ...patch }) })]),
    snap(4, [call({ state: outcome === 'Failed' ? 'Connected' : 'Disconnected', transfer: transfer(outcome, { ...error, ...patch }) })]),
  ];
}

/** Each snapshot with the one before it, as the mirror hands them on. */
export function pairs(revisions: EngineSnapshot[]): [EngineSnapshot | undefined, EngineSnapshot][] {
  return revisions.map((next, index) => [revisions[index - 1], next]);
}

// Snapshot types are derived from their schemas (src/shared/schemas.ts): a snapshot with every
// optional field filled survives the parse the storage mirror and the bridge run, field for field.
import { describe, expect, it } from 'vitest';
import { readItem } from '../../../src/shared/storage-item.ts';
import { SNAPSHOT_ITEM, type CallSnapshot, type EngineSnapshot, type IncomingSnapshot, type TransferSnapshot } from '../../../src/shared/schemas.ts';

const party = { rawId: '4:+14255550123', displayName: 'Ada' };
const error = { code: 480, subCode: 10037, reason: 'noCode' } as const;

const transfer: Required<TransferSnapshot> = {
  opId: 'op-1',
  callId: 'c1',
  mode: 'participant',
  target: '4:+442079460958',
  state: 'Failed',
  error,
  startedAt: 1,
  updatedAt: 2,
};

const call: Required<CallSnapshot> = {
  id: 'c1',
  direction: 'Incoming',
  state: 'Disconnected',
  isMuted: true,
  remote: [party],
  startedAt: 1,
  connectedAt: 2,
  endedAt: 3,
  endReason: error,
  transfer,
  transferredBy: party,
};

const incoming: Required<IncomingSnapshot> = { id: 'i1', caller: party, transferredBy: party, receivedAt: 4 };

const full: Required<EngineSnapshot> = {
  rev: 7,
  engine: 'acs',
  connection: 'disconnected',
  connectionReason: 'invalidToken',
  self: '8:acs:agent',
  calls: [call],
  incoming: [incoming],
  lastError: { ...error, message: 'gone', origin: 'sdk', at: 5 },
};

describe('the snapshot schema', () => {
  it('keeps every field of a snapshot that has them all', () => {
    expect(readItem(SNAPSHOT_ITEM, structuredClone(full))).toEqual(full);
  });

  it('refuses a snapshot whose call has an unknown state', () => {
    expect(readItem(SNAPSHOT_ITEM, { ...full, calls: [{ ...call, state: 'Parked' }] })).toBeUndefined();
  });
});

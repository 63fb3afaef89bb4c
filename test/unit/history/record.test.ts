import { describe, expect, it } from 'vitest';
import { recordFinishedTransfers } from '../../../src/background/history-recorder.ts';
import { readItem, type ReadWriteArea } from '../../../src/shared/storage-item.ts';
import { HISTORY_KEY, HISTORY_ITEM, type HistoryEntry } from '../../../src/shared/history.ts';
import { COLLEAGUE, CUSTOMER, call, pairs, snap, transfer, transferRevisions } from './fixtures.ts';

/** storage.local with a delay on every read and write, so interleaved appends would lose entries. */
function slowArea(): ReadWriteArea & { entries: () => HistoryEntry[] } {
  let data: Record<string, unknown> = {};
  const tick = () => new Promise((resolve) => setTimeout(resolve, 1));
  return {
    get: async (key) => {
      await tick();
      return key in data ? { [key]: structuredClone(data[key]) } : {};
    },
    set: async (items) => {
      await tick();
      data = { ...data, ...structuredClone(items) };
    },
    entries: () => readItem(HISTORY_ITEM, data[HISTORY_KEY]).entries,
  };
}

async function mirrorAll(area: ReadWriteArea, revisions: Parameters<typeof pairs>[0]): Promise<void> {
  await Promise.all(pairs(revisions).map(([previous, next]) => recordFinishedTransfers(area, previous, next)));
}

describe('recording finished transfers', () => {
  it('records a completed transfer once, though its outcome stays in later snapshots', async () => {
    const area = slowArea();
    await mirrorAll(area, transferRevisions('Transferred'));
    expect(area.entries()).toEqual([
      { opId: 'transfer-1', at: 2000, callId: 'call-1', party: CUSTOMER, target: COLLEAGUE, mode: 'participant', outcome: 'Transferred' },
    ]);
  });

  it('records a failure with its error code', async () => {
    const area = slowArea();
    await mirrorAll(area, transferRevisions('Failed'));
    expect(area.entries()).toMatchObject([{ outcome: 'Failed', error: { code: 603, subCode: 0 } }]);
  });

  it('keeps every entry when transfers finish at the same moment', async () => {
    const area = slowArea();
    const finished = Array.from({ length: 5 }, (_, n) =>
      snap(n + 1, [call({ id: `call-${n}`, transfer: transfer('Transferred', { opId: `op-${n}`, callId: `call-${n}` }) })]),
    );
    await Promise.all(finished.map((next) => recordFinishedTransfers(area, undefined, next)));
    expect(area.entries().map((e) => e.opId)).toEqual(['op-0', 'op-1', 'op-2', 'op-3', 'op-4']);
  });

  it('names the consulted person, not the consult call, as the target of a consult transfer', async () => {
    const area = slowArea();
    const consult = call({ id: 'call-2', direction: 'Outgoing', state: 'Disconnected', remote: [{ rawId: COLLEAGUE }] });
    const original = call({ state: 'Disconnected', transfer: transfer('Transferred', { mode: 'call', target: 'call-2' }) });
    await recordFinishedTransfers(area, snap(1, [call(), consult]), snap(2, [original, consult]));
    expect(area.entries()).toMatchObject([{ mode: 'call', target: COLLEAGUE }]);
  });

  it('records nothing for transfers still under way', async () => {
    const area = slowArea();
    await mirrorAll(area, transferRevisions('Transferred').slice(0, 2));
    expect(area.entries()).toEqual([]);
  });
});

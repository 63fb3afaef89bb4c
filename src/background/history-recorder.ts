// Appends finished transfers to the history in storage.local. Appends are read-modify-write, so
// they are serialised like the snapshot mirror: two transfers finishing together both stay.
import type { EngineSnapshot } from '../shared/engine.ts';
import { HISTORY_ITEM, appendEntries, historyRecord, type HistoryEntry } from '../shared/history.ts';
import { storageItem, type ReadWriteArea } from '../shared/storage-item.ts';
import { finishedTransfers, transferTargetOf, type TransferOutcome } from './transitions.ts';

let queue: Promise<void> = Promise.resolve();

function historyEntryOf({ call, transfer }: TransferOutcome, next: EngineSnapshot): HistoryEntry {
  return {
    opId: transfer.opId,
    at: transfer.updatedAt,
    callId: call.id,
    party: { ...(call.remote[0] ?? { rawId: '' }) },
    target: transferTargetOf(transfer, next.calls).rawId,
    mode: transfer.mode,
    outcome: transfer.state,
    ...(transfer.error ? { error: transfer.error } : {}),
  };
}

/** Records every transfer that finished between `previous` and `next`; resolves once stored (or logged as failed). */
export function recordFinishedTransfers(
  area: ReadWriteArea,
  previous: EngineSnapshot | undefined,
  next: EngineSnapshot,
): Promise<void> {
  const added = finishedTransfers(previous, next).map((outcome) => historyEntryOf(outcome, next));
  if (added.length === 0) return queue;
  queue = queue
    .then(async () => {
      const history = storageItem(area, HISTORY_ITEM);
      await history.set(historyRecord(appendEntries((await history.get()).entries, added)));
    })
    .catch((error: unknown) => console.warn(`[acs-transfer] Transfer history not saved: ${String(error)}`));
  return queue;
}

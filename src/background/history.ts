// Appends finished transfers to the history in storage.local. Appends are read-modify-write, so
// they are serialised like the snapshot mirror: two transfers finishing together both stay.
import type { EngineSnapshot } from '../shared/engine.ts';
import { HISTORY_KEY, appendEntries, historyRecord, readHistory, type HistoryEntry } from '../shared/history.ts';
import { finishedTransfers, transferTargetOf, type TransferOutcome } from './transitions.ts';

export interface LocalArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

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
  area: LocalArea,
  previous: EngineSnapshot | undefined,
  next: EngineSnapshot,
): Promise<void> {
  const added = finishedTransfers(previous, next).map((outcome) => historyEntryOf(outcome, next));
  if (added.length === 0) return queue;
  queue = queue
    .then(async () => {
      const entries = readHistory((await area.get(HISTORY_KEY))[HISTORY_KEY]);
      await area.set({ [HISTORY_KEY]: historyRecord(appendEntries(entries, added)) });
    })
    .catch((error: unknown) => console.warn(`[acs-transfer] Transfer history not saved: ${String(error)}`));
  return queue;
}

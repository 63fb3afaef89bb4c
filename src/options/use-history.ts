// The transfer history as the options page sees it: read from the storage area it is given
// (chrome.storage.local in the extension, a fake in tests) and followed while the page is open,
// so a transfer finishing meanwhile appears at once.
import { useEffect, useState } from 'preact/hooks';
import { HISTORY_ITEM, historyRecord, type HistoryEntry } from '../shared/history.ts';
import { storageItem, watchItem, type StorageArea } from '../shared/storage-item.ts';

export function clearHistory(storage: StorageArea): Promise<void> {
  return storageItem(storage, HISTORY_ITEM).set(historyRecord([]));
}

/** The stored entries, oldest first; undefined until they are read. */
export function useHistory(storage: StorageArea): HistoryEntry[] | undefined {
  const [entries, setEntries] = useState<HistoryEntry[]>();
  useEffect(() => watchItem(storage, HISTORY_ITEM, (record) => setEntries(record.entries)), [storage]);
  return entries;
}

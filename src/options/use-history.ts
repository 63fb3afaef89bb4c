// The transfer history as the options page sees it: read from the storage area it is given
// (chrome.storage.local in the extension, a fake in tests) and followed while the page is open,
// so a transfer finishing meanwhile appears at once.
import { useEffect, useState } from 'preact/hooks';
import { HISTORY_KEY, historyRecord, readHistory, type HistoryEntry } from '../shared/history.ts';
import type { SettingsStorage } from '../shared/settings-store.ts';

/** Settings and history share chrome.storage.local, so the settings' storage interface serves both. */
export type HistoryStorage = SettingsStorage;

function followHistory(storage: HistoryStorage, onEntries: (entries: HistoryEntry[]) => void): () => void {
  const onChanged = (changes: { [key: string]: { newValue?: unknown } }): void => {
    const change = changes[HISTORY_KEY];
    if (change) onEntries(readHistory(change.newValue));
  };
  storage.onChanged.addListener(onChanged);
  void storage.get(HISTORY_KEY).then((stored) => onEntries(readHistory(stored[HISTORY_KEY])));
  return () => storage.onChanged.removeListener(onChanged);
}

export function clearHistory(storage: HistoryStorage): Promise<void> {
  return storage.set({ [HISTORY_KEY]: historyRecord([]) });
}

/** The stored entries, oldest first; undefined until they are read. */
export function useHistory(storage: HistoryStorage): HistoryEntry[] | undefined {
  const [entries, setEntries] = useState<HistoryEntry[]>();
  useEffect(() => followHistory(storage, setEntries), [storage]);
  return entries;
}

// Views follow the engine through the storage.session mirror the offscreen document owns
// (docs/design.md, Contracts): read once on open, then every change. This survives service-worker
// restarts because no port to the worker is involved. Older revisions are dropped.
import type { EngineSnapshot } from '../shared/engine.ts';
import { SNAPSHOT_KEY, parseSnapshot } from '../shared/schemas.ts';
import { browser } from './browser.ts';

/** Calls `onSnapshot` with the current snapshot (if any) and every newer one; returns a stop function. */
export function followSnapshot(onSnapshot: (snapshot: EngineSnapshot) => void): () => void {
  let latestRev = -1;
  const deliver = (value: unknown): void => {
    const snapshot = parseSnapshot(value);
    if (!snapshot || snapshot.rev <= latestRev) return;
    latestRev = snapshot.rev;
    onSnapshot(snapshot);
  };
  const onChanged = (changes: Record<string, chrome.storage.StorageChange>): void => {
    const change = changes[SNAPSHOT_KEY];
    if (change) deliver(change.newValue);
  };
  browser.storage.session.onChanged.addListener(onChanged);
  void browser.storage.session.get(SNAPSHOT_KEY).then((stored) => deliver(stored[SNAPSHOT_KEY]));
  return () => browser.storage.session.onChanged.removeListener(onChanged);
}

// Views follow the engine through the storage.session mirror the offscreen document owns
// (docs/design.md, Contracts): read once on open, then every change. This survives service-worker
// restarts because no port to the worker is involved. Older revisions are dropped.
import type { EngineSnapshot } from '../shared/engine.ts';
import { SNAPSHOT_ITEM } from '../shared/schemas.ts';
import { watchItem, type StorageArea } from '../shared/storage-item.ts';
import { browser } from './browser.ts';

/**
 * Calls `onSnapshot` with the current snapshot (if any) and every newer one; returns a stop function.
 * `session` is storage.session, or the popup's read ahead (platform/session-read-ahead.ts).
 */
export function followSnapshot(onSnapshot: (snapshot: EngineSnapshot) => void, session: StorageArea = browser.storage.session): () => void {
  let latestRev = -1;
  return watchItem(session, SNAPSHOT_ITEM, (snapshot) => {
    if (!snapshot || snapshot.rev <= latestRev) return;
    latestRev = snapshot.rev;
    onSnapshot(snapshot);
  });
}

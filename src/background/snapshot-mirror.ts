// Writes the offscreen document's snapshots into storage.session (offscreen documents only get
// chrome.runtime, so the worker holds the pen). Writes are serialised and never go back in `rev`,
// so a late message cannot overwrite a newer state.
import type { EngineSnapshot } from '../shared/engine.ts';
import { SNAPSHOT_ITEM } from '../shared/schemas.ts';
import { storageItem, type ReadWriteArea } from '../shared/storage-item.ts';

export type OnMirrored = (snapshot: EngineSnapshot, previous: EngineSnapshot | undefined) => void;

let queue: Promise<void> = Promise.resolve();

export function readMirroredSnapshot(area: ReadWriteArea): Promise<EngineSnapshot | undefined> {
  return storageItem(area, SNAPSHOT_ITEM).get();
}

/**
 * `beforeWrite` gets each snapshot that will be written, just before the write: what it asks of the
 * browser (the badge) is then done by the time the views see the new snapshot.
 */
export function mirrorSnapshot(
  area: ReadWriteArea,
  snapshot: EngineSnapshot,
  onMirrored: OnMirrored,
  beforeWrite: (snapshot: EngineSnapshot) => void = () => undefined,
): Promise<void> {
  const write = queue.then(async () => {
    const mirror = storageItem(area, SNAPSHOT_ITEM);
    const previous = await mirror.get();
    if (previous && previous.rev >= snapshot.rev) return;
    beforeWrite(snapshot);
    await mirror.set(snapshot);
    onMirrored(snapshot, previous);
  });
  queue = write.catch(() => undefined);
  return write;
}

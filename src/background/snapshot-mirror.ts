// Writes the offscreen document's snapshots into storage.session (offscreen documents only get
// chrome.runtime, so the worker holds the pen). Writes are serialised and never go back in `rev`,
// so a late message cannot overwrite a newer state.
import type { EngineSnapshot } from '../shared/engine.ts';
import { SNAPSHOT_KEY, parseSnapshot } from '../shared/schemas.ts';

export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export type OnMirrored = (snapshot: EngineSnapshot, previous: EngineSnapshot | undefined) => void;

let queue: Promise<void> = Promise.resolve();

export async function readMirroredSnapshot(area: SessionArea): Promise<EngineSnapshot | undefined> {
  return parseSnapshot((await area.get(SNAPSHOT_KEY))[SNAPSHOT_KEY]);
}

export function mirrorSnapshot(area: SessionArea, snapshot: EngineSnapshot, onMirrored: OnMirrored): Promise<void> {
  const write = queue.then(async () => {
    const previous = await readMirroredSnapshot(area);
    if (previous && previous.rev >= snapshot.rev) return;
    await area.set({ [SNAPSHOT_KEY]: snapshot });
    onMirrored(snapshot, previous);
  });
  queue = write.catch(() => undefined);
  return write;
}

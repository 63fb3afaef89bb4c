// A page's modules are evaluated only once every file of its module graph is loaded, so a read of
// storage started by them waits for all of that first. readAhead asks an area for everything it
// holds at once and lets the page's later reads of each key take that answer (bench/popup.mjs).
// This module imports nothing but types: the chunk it is built into depends on no other and runs first.
import type { StorageArea } from '../shared/storage-item.ts';

type Items = { [key: string]: unknown };

/** A storage area that can also be asked for everything it holds (`get(null)`, as chrome.storage can). */
export interface WholeReadArea extends StorageArea {
  get(keys: string | null): Promise<Items>;
}

/**
 * Reads all of `area` now, and returns the area with the first read of each key answered from that
 * read, unless the key changed since it was asked: that answer could be older than the change, and
 * a listener added after the change would never hear of it.
 */
export function readAhead(area: WholeReadArea): StorageArea {
  const changed = new Set<string>();
  area.onChanged.addListener((changes) => {
    for (const key of Object.keys(changes)) changed.add(key);
  });
  const everything = area.get(null);
  const answered = new Set<string>();
  return {
    get: (key) => {
      if (changed.has(key) || answered.has(key)) return area.get(key);
      answered.add(key);
      return everything.then((items) => (key in items ? { [key]: items[key] } : {}));
    },
    set: (items) => area.set(items),
    onChanged: area.onChanged,
  };
}

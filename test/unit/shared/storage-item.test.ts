// The one storage primitive (src/shared/storage-item.ts): what a stored value reads as, migrated,
// parsed, salvaged or the fallback, and how get, set and watch follow the area.
import { fakeBrowser } from '@webext-core/fake-browser';
import * as v from 'valibot';
import { beforeEach, describe, expect, it } from 'vitest';
import { readItem, storageItem, watchItem, type StorageItemSpec } from '../../../src/shared/storage-item.ts';

/** A versioned record whose `name` was `title` in version 1 and gained `tags` in version 3. */
const Note = v.strictObject({ version: v.literal(3), name: v.string(), tags: v.array(v.string()) });
type Note = v.InferOutput<typeof Note>;

const NOTE: StorageItemSpec<Note> = {
  key: 'note',
  schema: Note,
  fallback: { version: 3, name: '', tags: [] },
  salvage: (stored) => (typeof (stored as { name?: unknown }).name === 'string' ? { version: 3, name: (stored as { name: string }).name, tags: [] } : undefined),
  version: 3,
  migrations: {
    1: ({ title }) => ({ version: 2, name: title }),
    2: (stored) => ({ ...stored, version: 3, tags: [] }),
  },
};

describe('reading a stored value', () => {
  it('uses a value that parses as it is', () => {
    expect(readItem(NOTE, { version: 3, name: 'a', tags: ['x'] })).toEqual({ version: 3, name: 'a', tags: ['x'] });
  });

  it('lifts an older version step by step', () => {
    expect(readItem(NOTE, { version: 1, title: 'old' })).toEqual({ version: 3, name: 'old', tags: [] });
    expect(readItem(NOTE, { version: 2, name: 'mid' })).toEqual({ version: 3, name: 'mid', tags: [] });
  });

  it('keeps what it can of a value that does not parse, else falls back', () => {
    expect(readItem(NOTE, { version: 3, name: 'kept', tags: 'not a list' })).toEqual({ version: 3, name: 'kept', tags: [] });
    expect(readItem(NOTE, 'garbage')).toEqual(NOTE.fallback);
    expect(readItem(NOTE, undefined)).toEqual(NOTE.fallback);
  });

  it('does not read a version it has no step from', () => {
    expect(readItem({ ...NOTE, salvage: undefined }, { version: 0, title: 'ancient' })).toEqual(NOTE.fallback);
  });
});

describe('an item in a storage area', () => {
  beforeEach(() => fakeBrowser.reset());

  it('writes under its key and reads back what it wrote', async () => {
    const note = storageItem(fakeBrowser.storage.local, NOTE);
    await note.set({ version: 3, name: 'n', tags: [] });

    expect(await fakeBrowser.storage.local.get('note')).toEqual({ note: { version: 3, name: 'n', tags: [] } });
    expect(await note.get()).toEqual({ version: 3, name: 'n', tags: [] });
  });

  it('is watched: the stored value first, then each change, parsed, until stopped', async () => {
    await fakeBrowser.storage.local.set({ note: { version: 1, title: 'first' } });
    const seen: string[] = [];
    const stop = watchItem(fakeBrowser.storage.local, NOTE, (note) => seen.push(note.name));
    await expect.poll(() => seen).toEqual(['first']);

    await fakeBrowser.storage.local.set({ note: { version: 3, name: 'second', tags: [] } });
    await fakeBrowser.storage.local.set({ note: 42 });
    stop();
    await fakeBrowser.storage.local.set({ note: { version: 3, name: 'unseen', tags: [] } });

    expect(seen).toEqual(['first', 'second', '']);
  });
});

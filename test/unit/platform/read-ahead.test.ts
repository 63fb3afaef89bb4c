// Reading storage ahead (src/platform/read-ahead.ts): the first read of each key takes the answer
// asked for at the start, unless the key changed since; every other read asks the area again.
import { fakeBrowser } from '@webext-core/fake-browser';
import * as v from 'valibot';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readAhead } from '../../../src/platform/read-ahead.ts';
import { watchItem, type StorageItemSpec } from '../../../src/shared/storage-item.ts';

const area = fakeBrowser.storage.session;
const COUNT: StorageItemSpec<number> = { key: 'count', schema: v.number(), fallback: 0 };

beforeEach(() => fakeBrowser.reset());

describe('a storage area read ahead', () => {
  it('answers the first read of each key from the one read made at the start', async () => {
    await area.set({ count: 1, name: 'a' });
    const get = vi.spyOn(area, 'get');
    const ahead = readAhead(area);
    await area.set({ other: true });
    expect(await ahead.get('count')).toEqual({ count: 1 });
    expect(await ahead.get('name')).toEqual({ name: 'a' });
    expect(await ahead.get('missing')).toEqual({});
    expect(get.mock.calls).toEqual([[null]]);
  });

  it('asks the area again for a key read before, so a later read is never stale', async () => {
    await area.set({ count: 1 });
    const ahead = readAhead(area);
    await ahead.get('count');
    await area.set({ count: 2 });
    expect(await ahead.get('count')).toEqual({ count: 2 });
  });

  it('does not answer from the early read for a key that changed since it was asked', async () => {
    await area.set({ count: 1 });
    const ahead = readAhead(area);
    await area.set({ count: 2 });
    const seen: number[] = [];
    watchItem(ahead, COUNT, (count) => seen.push(count));
    await vi.waitFor(() => expect(seen).toEqual([2]));
  });

  it('lets a watcher hear every change after its first read', async () => {
    await area.set({ count: 1 });
    const ahead = readAhead(area);
    const seen: number[] = [];
    watchItem(ahead, COUNT, (count) => seen.push(count));
    await vi.waitFor(() => expect(seen).toEqual([1]));
    await area.set({ count: 3 });
    expect(seen).toEqual([1, 3]);
    await ahead.set({ count: 4 });
    expect(seen).toEqual([1, 3, 4]);
  });
});

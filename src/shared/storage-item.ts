// One stored value under one key of a chrome.storage area, parsed on every read: settings, sites,
// transfer history, recent targets, the mirrored snapshot and the session status all are one of
// these. The area is passed in (chrome.storage.local or .session at the edges, a fake in tests).
//
// Written here rather than taken from @wxt-dev/storage: that library reaches the `browser` global
// itself (our layer rule keeps chrome.* in platform/ and passes areas in, so units test without
// it), returns stored values cast to their type rather than parsed, and keeps a version in a second
// `<key>$` meta key that our stored formats, versioned inside the value, do not have.
import * as v from 'valibot';

type Changes = { [key: string]: { newValue?: unknown } };
type ChangeListener = (changes: Changes) => void;

/** The part of a chrome.storage area an item needs. */
export interface StorageArea {
  get(key: string): Promise<{ [key: string]: unknown }>;
  set(items: { [key: string]: unknown }): Promise<void>;
  onChanged: {
    addListener(listener: ChangeListener): void;
    removeListener(listener: ChangeListener): void;
  };
}

type Migration = (stored: { [key: string]: unknown }) => unknown;

export interface StorageItemSpec<T> {
  readonly key: string;
  /** What a stored value must parse as to be used as it is. */
  readonly schema: v.GenericSchema<unknown, T>;
  /** The value when nothing is stored, or nothing of what is stored can be read. */
  readonly fallback: T;
  /** For a stored value that does not parse as a whole: what of it can be kept (valid fields, valid entries). */
  readonly salvage?: (stored: unknown) => T | undefined;
  /**
   * The version stored values carry in their `version` field, and for each older version the step
   * that lifts a value of it to the next one. A value with no step to the current version is unread.
   */
  readonly version?: number;
  readonly migrations?: Readonly<Record<number, Migration>>;
}

function versionOf(stored: unknown): number | undefined {
  if (typeof stored !== 'object' || stored === null) return undefined;
  const version = (stored as { version?: unknown }).version;
  return typeof version === 'number' ? version : undefined;
}

function migrated<T>(spec: StorageItemSpec<T>, stored: unknown): unknown {
  let value = stored;
  for (let at = versionOf(value); spec.version !== undefined && at !== undefined && at < spec.version; at = versionOf(value)) {
    const step = spec.migrations?.[at];
    if (!step) return undefined;
    value = step(value as { [key: string]: unknown });
  }
  return value;
}

/** A stored value as the item's type: migrated, parsed, else salvaged, else the fallback. Never throws. */
export function readItem<T>(spec: StorageItemSpec<T>, stored: unknown): T {
  if (stored === undefined) return spec.fallback;
  const value = migrated(spec, stored);
  const parsed = v.safeParse(spec.schema, value);
  if (parsed.success) return parsed.output;
  return spec.salvage?.(value) ?? spec.fallback;
}

/** What reading and writing an item needs of an area; watching it needs the area's onChanged too. */
export type ReadWriteArea = Pick<StorageArea, 'get' | 'set'>;

export interface StorageItem<T> {
  get(): Promise<T>;
  set(value: T): Promise<void>;
}

export function storageItem<T>(area: ReadWriteArea, spec: StorageItemSpec<T>): StorageItem<T> {
  return {
    get: async () => readItem(spec, (await area.get(spec.key))[spec.key]),
    set: (value) => area.set({ [spec.key]: value }),
  };
}

/** Calls `onValue` with the stored value and again after every change; returns a stop function. */
export function watchItem<T>(area: StorageArea, spec: StorageItemSpec<T>, onValue: (value: T) => void): () => void {
  // A change that arrives before the first read answers is newer than that answer.
  let changed = false;
  let stopped = false;
  const onChanged: ChangeListener = (changes) => {
    const change = changes[spec.key];
    if (!change) return;
    changed = true;
    onValue(readItem(spec, change.newValue));
  };
  area.onChanged.addListener(onChanged);
  void storageItem(area, spec)
    .get()
    .then((value) => {
      if (!changed && !stopped) onValue(value);
    });
  return () => {
    stopped = true;
    area.onChanged.removeListener(onChanged);
  };
}

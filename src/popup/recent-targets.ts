// The targets the agent transferred to or called lately, newest first, kept in storage.local so
// that the next popup offers them again (issue 4, point 2). Stored data is parsed, never trusted.
import * as v from 'valibot';
import type { RawId } from '../shared/engine.ts';
import { TabTargetsSchema, type EngineCommand, type TabTargets } from '../shared/protocol.ts';
import { storageItem, type ReadWriteArea, type StorageItemSpec } from '../shared/storage-item.ts';

export const RECENT_TARGETS_KEY = 'recentTargets';
export const MAX_RECENT_TARGETS = 10;

/** A target the agent can pick: its raw id and how it reads on screen. */
export type PickTarget = TabTargets[number];

const RecentTargetsSchema = v.pipe(TabTargetsSchema, v.maxLength(MAX_RECENT_TARGETS));

/** Stored recents, or none when what is stored does not parse (an older format, a hand edit). */
export const RECENT_TARGETS_ITEM: StorageItemSpec<PickTarget[]> = { key: RECENT_TARGETS_KEY, schema: RecentTargetsSchema, fallback: [] };

export function addRecentTarget(recent: readonly PickTarget[], target: PickTarget): PickTarget[] {
  const others = recent.filter((known) => known.rawId !== target.rawId);
  return [target, ...others].slice(0, MAX_RECENT_TARGETS);
}

/** The raw id a command transfers to or calls; a transfer into another call names no target. */
export function commandTarget(command: EngineCommand): RawId | undefined {
  switch (command.type) {
    case 'startCall':
      return command.targets[0];
    case 'consult':
      return command.target;
    case 'transfer':
      return command.request.mode === 'call' ? undefined : command.request.target;
    default:
      return undefined;
  }
}

export function loadRecentTargets(storage: ReadWriteArea): Promise<PickTarget[]> {
  return storageItem(storage, RECENT_TARGETS_ITEM).get();
}

/** Read, add, write: another popup or window may have added a target since this one loaded. */
export async function rememberTarget(storage: ReadWriteArea, target: PickTarget): Promise<PickTarget[]> {
  const recent = storageItem(storage, RECENT_TARGETS_ITEM);
  const next = addRecentTarget(await recent.get(), target);
  await recent.set(next);
  return next;
}

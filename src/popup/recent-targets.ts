// The targets the agent transferred to or called lately, newest first, kept in storage.local so
// that the next popup offers them again (issue 4, point 2). Stored data is parsed, never trusted.
import * as v from 'valibot';
import type { RawId } from '../shared/engine.ts';
import { TabTargetsSchema, type EngineCommand, type TabTargets } from '../shared/protocol.ts';

export const RECENT_TARGETS_KEY = 'recentTargets';
export const MAX_RECENT_TARGETS = 10;

/** A target the agent can pick: its raw id and how it reads on screen. */
export type PickTarget = TabTargets[number];

const RecentTargetsSchema = v.pipe(TabTargetsSchema, v.maxLength(MAX_RECENT_TARGETS));

/** The part of chrome.storage.local that recent targets need. */
export interface KeyValueStorage {
  get(key: string): Promise<{ [key: string]: unknown }>;
  set(items: { [key: string]: unknown }): Promise<void>;
}

/** Stored recents, or none when what is stored does not parse (an older format, a hand edit). */
export function readRecentTargets(stored: unknown): PickTarget[] {
  const parsed = v.safeParse(RecentTargetsSchema, stored);
  return parsed.success ? parsed.output : [];
}

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

export async function loadRecentTargets(storage: KeyValueStorage): Promise<PickTarget[]> {
  const stored = await storage.get(RECENT_TARGETS_KEY);
  return readRecentTargets(stored[RECENT_TARGETS_KEY]);
}

/** Read, add, write: another popup or window may have added a target since this one loaded. */
export async function rememberTarget(storage: KeyValueStorage, target: PickTarget): Promise<PickTarget[]> {
  const next = addRecentTarget(await loadRecentTargets(storage), target);
  await storage.set({ [RECENT_TARGETS_KEY]: next });
  return next;
}

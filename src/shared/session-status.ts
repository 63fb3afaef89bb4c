// What the views know about the session owner beyond its snapshot: whether it is being restarted
// (it stopped answering, so the mirrored snapshot is no longer the truth) and whether saved settings
// wait for the live call to end. The worker keeps it in storage.session under SESSION_STATUS_KEY.
import * as v from 'valibot';
import { HOST_UNREACHABLE } from './call-errors.ts';
import type { EngineSnapshot } from './engine.ts';
import type { StorageItemSpec } from './storage-item.ts';

export const SESSION_STATUS_KEY = 'sessionStatus';

/** How often an open view asks the worker to make sure of the session (ensureSession). */
export const SESSION_POLL_MS = 500;

/** The name of the port the session owner holds open to the worker while both are up. */
export const WATCH_PORT = 'acs-transfer:session-watch';

export const SessionStatusSchema = v.strictObject({
  settingsPending: v.boolean(),
  /** When the worker found the session owner gone or silent; absent while it answers. */
  restartingSince: v.optional(v.pipe(v.number(), v.minValue(0))),
});
export type SessionStatus = v.InferOutput<typeof SessionStatusSchema>;

export const SESSION_UP: SessionStatus = { settingsPending: false };

/** What the worker keeps in storage.session; a session with no status stored is up. */
export const SESSION_STATUS_ITEM: StorageItemSpec<SessionStatus> = { key: SESSION_STATUS_KEY, schema: SessionStatusSchema, fallback: SESSION_UP };

export function isRestarting(status: SessionStatus): boolean {
  return status.restartingSince !== undefined;
}

/** The calling host page stopped answering: the bridge reloads it, so calling is restarting too. */
export function isHostLost(snapshot: EngineSnapshot | undefined): boolean {
  const error = snapshot?.lastError;
  return snapshot?.connection === 'failed' && error?.origin === 'engine' && error.message === HOST_UNREACHABLE;
}

// Liveness of the session owner (docs/design.md, Liveness). The offscreen document can close,
// crash or hang; then the mirrored snapshot is no longer the truth, and its calls are ghosts. Two
// ways to notice, neither of which costs anything while nobody looks and the session is idle:
// - an open view asks (ensureSession) when it opens and every SESSION_POLL_MS (shared/session-status.ts) while it is open; the worker
//   probes the document with a ping that must answer within PING_DEADLINE_MS;
// - the document holds a port to the worker (src/offscreen/worker-watch.ts) whose disconnect says
//   the document is gone, while the worker is awake.
// Either way the worker marks the session restarting (views hide the ghost calls, page controls
// stop offering transfer) and re-creates the document; the mark goes with the new one's first snapshot.
import { isRestarting, type SessionStatus } from '../shared/session-status.ts';
import type { Reply, SessionCheck, SessionPing } from '../shared/protocol.ts';
import { ensureOffscreen, type OffscreenApi } from './offscreen-document.ts';

/** With the views' SESSION_POLL_MS of 500 ms, a silent session shows as restarting within 1.5 s. */
export const PING_DEADLINE_MS = 1000;
/** A new document may take this long to load and answer before it is called silent. */
export const RESTART_GRACE_MS = 10_000;

export interface SessionWatchDeps {
  offscreen: OffscreenApi & { closeDocument(): Promise<void> };
  /** Pings the document; a failed reply when it does not answer within PING_DEADLINE_MS. */
  ping(): Promise<Reply<SessionPing>>;
  readStatus(): Promise<SessionStatus>;
  writeStatus(status: SessionStatus): Promise<void>;
  /** Whether a session ever published (else a missing document is a first start, not a restart). */
  hadSession(): Promise<boolean>;
  /** Pages and menus learn the session is not there to transfer with, or is back. */
  onRestartingChanged(restarting: boolean): void;
  now(): number;
}

async function markRestarting(deps: SessionWatchDeps, status: SessionStatus): Promise<void> {
  if (isRestarting(status)) return;
  await deps.writeStatus({ settingsPending: false, restartingSince: deps.now() });
  deps.onRestartingChanged(true);
}

/** Makes sure a session owner exists and answers; re-creates it when it is gone or silent. */
export async function ensureSession(deps: SessionWatchDeps): Promise<SessionCheck> {
  const status = await deps.readStatus();
  if (!(await deps.offscreen.hasDocument())) {
    if (await deps.hadSession()) await markRestarting(deps, status);
    await ensureOffscreen(deps.offscreen);
    return { alive: false };
  }
  const answer = await deps.ping();
  if (answer.ok) {
    if (answer.value.settingsPending !== status.settingsPending) await deps.writeStatus({ ...status, settingsPending: answer.value.settingsPending });
    return { alive: true };
  }
  const since = status.restartingSince;
  // A document created moments ago may still be loading: give it time before replacing it again.
  if (since !== undefined && deps.now() - since < RESTART_GRACE_MS) return { alive: false };
  await markRestarting(deps, status);
  await deps.offscreen.closeDocument().catch(() => undefined);
  await ensureOffscreen(deps.offscreen);
  return { alive: false };
}

/** The watch port closed: if the document went with it, the session is restarted. */
export async function onWatchLost(deps: SessionWatchDeps): Promise<void> {
  if (await deps.offscreen.hasDocument()) return;
  await markRestarting(deps, await deps.readStatus());
  await ensureOffscreen(deps.offscreen);
}

/** A snapshot from the (new) session owner: it is the truth again. */
export async function onSessionAnswered(deps: SessionWatchDeps): Promise<void> {
  const status = await deps.readStatus();
  if (!isRestarting(status)) return;
  await deps.writeStatus({ settingsPending: status.settingsPending });
  deps.onRestartingChanged(false);
}

/** A new session owner starts from the stored settings: nothing of the old one is pending. */
export async function onSessionStarted(deps: SessionWatchDeps): Promise<void> {
  const status = await deps.readStatus();
  if (status.settingsPending) await deps.writeStatus({ ...status, settingsPending: false });
}

export async function recordSettingsPending(deps: SessionWatchDeps, settingsPending: boolean): Promise<void> {
  const status = await deps.readStatus();
  if (status.settingsPending !== settingsPending) await deps.writeStatus({ ...status, settingsPending });
}

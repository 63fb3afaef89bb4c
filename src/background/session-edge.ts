// The Chrome side of the session watch (session-watch.ts): the ping with its deadline, the status
// in storage.session, the watch port, and what pages and menus learn when the session restarts.
import * as v from 'valibot';
import { ReplySchema, fail, ok, type Reply, type SessionPing } from '../shared/protocol.ts';
import { SESSION_STATUS_KEY, WATCH_PORT, parseSessionStatus, type SessionStatus } from '../shared/session-status.ts';
import { SNAPSHOT_KEY } from '../shared/schemas.ts';
import { PING_DEADLINE_MS, onWatchLost, type SessionWatchDeps } from './session-watch.ts';
import type { OffscreenApi } from './offscreen-document.ts';
import type { Report } from './failures.ts';

const SILENT = fail('The call session did not answer.');

async function ping(browser: typeof chrome): Promise<Reply<SessionPing>> {
  const deadline = new Promise<undefined>((resolve) => setTimeout(resolve, PING_DEADLINE_MS, undefined));
  const answer: unknown = await Promise.race([browser.runtime.sendMessage({ to: 'offscreen', kind: 'ping' }).catch(() => undefined), deadline]);
  const reply = v.safeParse(ReplySchema, answer);
  if (!reply.success || !reply.output.ok) return SILENT;
  const pending = (reply.output.value as Partial<SessionPing> | null)?.settingsPending;
  return ok({ settingsPending: pending === true });
}

export function chromeSessionWatch(
  browser: typeof chrome,
  offscreen: OffscreenApi,
  onRestartingChanged: (restarting: boolean) => void,
): SessionWatchDeps {
  const area = browser.storage.session;
  return {
    offscreen: { ...offscreen, closeDocument: () => browser.offscreen.closeDocument() },
    ping: () => ping(browser),
    readStatus: async () => parseSessionStatus((await area.get(SESSION_STATUS_KEY))[SESSION_STATUS_KEY]),
    writeStatus: (status: SessionStatus) => area.set({ [SESSION_STATUS_KEY]: status }),
    hadSession: async () => (await area.get(SNAPSHOT_KEY))[SNAPSHOT_KEY] !== undefined,
    onRestartingChanged,
    now: () => Date.now(),
  };
}

/** The session owner's port: its disconnect while the worker is up means the document may be gone. */
export function listenForWatchPort(browser: typeof chrome, offscreenUrl: string, deps: SessionWatchDeps, report: Report): void {
  browser.runtime.onConnect.addListener((port) => {
    const fromSession = port.sender?.id === browser.runtime.id && port.sender.url?.split(/[?#]/)[0] === offscreenUrl;
    if (port.name !== WATCH_PORT || !fromSession) return;
    port.onDisconnect.addListener(() => void report('session', () => onWatchLost(deps)));
  });
}

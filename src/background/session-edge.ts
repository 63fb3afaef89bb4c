// The Chrome side of the session watch (session-watch.ts): the ping with its deadline, the status
// in storage.session, the watch port, and what pages and menus learn when the session restarts.
import { readReply } from '../shared/channel.ts';
import { TO_OFFSCREEN, fail, type Reply, type SessionPing } from '../shared/protocol.ts';
import { SESSION_STATUS_ITEM, WATCH_PORT, type SessionStatus } from '../shared/session-status.ts';
import { storageItem } from '../shared/storage-item.ts';
import { SNAPSHOT_KEY } from '../shared/schemas.ts';
import { PING_DEADLINE_MS, onWatchLost, type SessionWatchDeps } from './session-watch.ts';
import type { OffscreenApi } from './offscreen-document.ts';
import type { Report } from './failures.ts';

const SILENT_MESSAGE = 'The call session did not answer.';
const SILENT = fail(SILENT_MESSAGE);

async function ping(browser: typeof chrome): Promise<Reply<SessionPing>> {
  const deadline = new Promise<undefined>((resolve) => setTimeout(resolve, PING_DEADLINE_MS, undefined));
  const answer: unknown = await Promise.race([browser.runtime.sendMessage({ to: 'offscreen', kind: 'ping' }).catch(() => undefined), deadline]);
  const reply = readReply(TO_OFFSCREEN, 'ping', answer, SILENT_MESSAGE);
  return reply.ok ? reply : SILENT;
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
    readStatus: () => storageItem(area, SESSION_STATUS_ITEM).get(),
    writeStatus: (status: SessionStatus) => storageItem(area, SESSION_STATUS_ITEM).set(status),
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

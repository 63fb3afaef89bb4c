// Views follow the session status the worker keeps in storage.session (shared/session-status.ts),
// and ask the worker, on opening and every SESSION_POLL_MS while open, to make sure of the session.
import { SESSION_POLL_MS, SESSION_STATUS_ITEM, type SessionStatus } from '../shared/session-status.ts';
import { watchItem, type StorageArea } from '../shared/storage-item.ts';
import { browser } from './browser.ts';
import { sendToBackground } from './messages.ts';

/**
 * Calls `onStatus` with the stored status and every change; returns a stop function. `session` is
 * storage.session, or the popup's read ahead (platform/session-read-ahead.ts).
 */
export function followSessionStatus(onStatus: (status: SessionStatus) => void, session: StorageArea = browser.storage.session): () => void {
  return watchItem(session, SESSION_STATUS_ITEM, onStatus);
}

/**
 * One question at a time, the next SESSION_POLL_MS after the last answer: only while a view is
 * open, and each answer is a few milliseconds of the worker's and the session owner's time.
 */
export function keepSessionChecked(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const check = async (): Promise<void> => {
    await sendToBackground({ to: 'background', kind: 'ensureSession' });
    if (!stopped) timer = setTimeout(() => void check(), SESSION_POLL_MS);
  };
  void check();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}

// A port to the service worker, so that the worker learns at once when this document closes or
// crashes (the port disconnects) and restarts the session (src/background/session-watch.ts).
// Chrome stops an idle worker after ~30 s, which disconnects the port too; it is opened again
// only when this document next has something to tell the worker, so an idle session never keeps
// the worker awake.
import { WATCH_PORT } from '../shared/session-status.ts';

let port: chrome.runtime.Port | undefined;

export function watchedByWorker(browser: typeof chrome): void {
  if (port) return;
  port = browser.runtime.connect({ name: WATCH_PORT });
  port.onDisconnect.addListener(() => {
    port = undefined;
  });
}

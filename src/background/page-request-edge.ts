// The Chrome side of page requests (page-requests.ts): which tab has the agent's eyes, what a frame
// shows, the confirmation window and notifications.
import * as v from 'valibot';
import { CONFIRM_PATH, confirmAddress } from '../shared/confirm-request.ts';
import type { ToContent } from '../shared/protocol.ts';
import { chromeNotifier } from './notify.ts';
import { PAGE_ACTION_LIMIT, PAGE_ACTION_WINDOW_MS, RateLimiter, type PageOrigin } from './page-gate.ts';
import type { PageRequestDeps } from './page-requests.ts';

// A small window beside the page rather than a notification with buttons: it takes focus, reads
// as the extension's own, answers to the keyboard and screen readers, and cannot be hidden by a
// notification centre or Do Not Disturb, where a call would wait unseen.
const CONFIRM_WINDOW = { type: 'popup', width: 420, height: 220, focused: true } as const;

async function activeTabOfFocusedWindow(browser: typeof chrome): Promise<number | undefined> {
  const window = await browser.windows.getLastFocused({ populate: true });
  if (!window.focused) return undefined;
  return window.tabs?.find((tab) => tab.active)?.id;
}

/** A frame that does not answer (gone, navigated, no content script) shows nothing. */
async function frameShows(browser: typeof chrome, { tabId, frameId }: PageOrigin, rawId: string): Promise<boolean> {
  const question: ToContent = { to: 'content', kind: 'showsTarget', rawId };
  const answer: unknown = await browser.tabs.sendMessage(tabId, question, { frameId }).catch(() => false);
  return v.is(v.literal(true), answer);
}

export function chromePageRequests(browser: typeof chrome, log: (message: string) => void): PageRequestDeps {
  const notifier = chromeNotifier(browser);
  return {
    gate: {
      activeTabOfFocusedWindow: () => activeTabOfFocusedWindow(browser),
      frameShows: (origin, rawId) => frameShows(browser, origin, rawId),
      limiter: new RateLimiter(PAGE_ACTION_LIMIT, PAGE_ACTION_WINDOW_MS, () => Date.now()),
    },
    async confirmCall(target, site) {
      await browser.windows.create({ ...CONFIRM_WINDOW, url: confirmAddress(browser.runtime.getURL(CONFIRM_PATH), { target, site }) });
    },
    notify: (title, message) => void notifier.show({ title, message }).catch((error: unknown) => log(`Notification not shown: ${String(error)}`)),
  };
}

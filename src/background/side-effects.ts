// What follows a new snapshot outside the views: the badge, the context menus, the page state
// every content script holds, notifications and the transfer history. All derived from the
// snapshot and the one before it; nothing is remembered here.
import type { EngineSnapshot } from '../shared/engine.ts';
import type { ToContent } from '../shared/protocol.ts';
import { t } from '../platform/i18n.ts';
import { badgeOf } from './badge.ts';
import { pageStateOf } from './page-actions.ts';
import { setMenusEnabled } from './context-menu.ts';
import { recordFinishedTransfers } from './history-recorder.ts';
import { chromeNotifier, notifyTransitions } from './notify.ts';

/** Rejects when any of them failed, after all were tried (the worker reports it, failures.ts). */
export async function applySnapshot(
  browser: typeof chrome,
  snapshot: EngineSnapshot,
  previous: EngineSnapshot | undefined,
  country: string,
): Promise<void> {
  const badge = badgeOf(snapshot);
  const state = pageStateOf(snapshot, country);
  const before = pageStateOf(previous, country);
  const pagesFollow = !previous || state.callActive !== before.callActive || state.transferable !== before.transferable;
  if (pagesFollow) setMenusEnabled(browser, state.transferable);
  const results = await Promise.allSettled([
    browser.action.setBadgeText({ text: badge.text }),
    browser.action.setBadgeBackgroundColor({ color: badge.color }),
    browser.action.setTitle({ title: t(`badge_${badge.state}`) }),
    recordFinishedTransfers(browser.storage.local, previous, snapshot),
    notifyTransitions(chromeNotifier(browser), previous, snapshot),
    pagesFollow ? broadcastPageState(browser, { to: 'content', kind: 'pageState', state }) : undefined,
  ]);
  const failed = results.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
}

/** Tells every frame of every tab; tabs without our content script simply do not answer. */
export async function broadcastPageState(browser: typeof chrome, message: ToContent): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, message).catch(() => undefined),
    ),
  );
}

// What follows a new snapshot outside the views: the badge (showBadge), the context menus, the page state
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

/**
 * The badge needs no settings: set just before the snapshot is mirrored, so it changes with the
 * views. Rejects when any part failed, after all were tried (the worker reports it, failures.ts).
 */
export async function showBadge(browser: typeof chrome, snapshot: EngineSnapshot): Promise<void> {
  const badge = badgeOf(snapshot);
  await settleAll([
    browser.action.setBadgeText({ text: badge.text }),
    browser.action.setBadgeBackgroundColor({ color: badge.color }),
    browser.action.setTitle({ title: t(`badge_${badge.state}`) }),
  ]);
}

/** Rejects when any of them failed, after all were tried (the worker reports it, failures.ts). */
export async function applySnapshot(
  browser: typeof chrome,
  snapshot: EngineSnapshot,
  previous: EngineSnapshot | undefined,
  country: string,
): Promise<void> {
  const state = pageStateOf(snapshot, country);
  const before = pageStateOf(previous, country);
  const pagesFollow = !previous || state.callActive !== before.callActive || state.transferable !== before.transferable;
  if (pagesFollow) setMenusEnabled(browser, state.transferable);
  await settleAll([
    recordFinishedTransfers(browser.storage.local, previous, snapshot),
    notifyTransitions(chromeNotifier(browser), previous, snapshot),
    pagesFollow ? broadcastPageState(browser, { to: 'content', kind: 'pageState', state }) : undefined,
  ]);
}

/** Waits for every one, then rejects with the first failure, if any. */
async function settleAll(work: readonly (Promise<unknown> | undefined)[]): Promise<void> {
  const failed = (await Promise.allSettled(work)).find((result) => result.status === 'rejected');
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

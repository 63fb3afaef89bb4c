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

export function applySnapshot(
  browser: typeof chrome,
  snapshot: EngineSnapshot,
  previous: EngineSnapshot | undefined,
  country: string,
): void {
  const badge = badgeOf(snapshot);
  void browser.action.setBadgeText({ text: badge.text });
  void browser.action.setBadgeBackgroundColor({ color: badge.color });
  void browser.action.setTitle({ title: t(`badge_${badge.state}`) });
  void recordFinishedTransfers(browser.storage.local, previous, snapshot);
  void notifyTransitions(chromeNotifier(browser), previous, snapshot);
  const state = pageStateOf(snapshot, country);
  const before = pageStateOf(previous, country);
  if (previous && state.callActive === before.callActive && state.transferable === before.transferable) return;
  setMenusEnabled(browser, state.transferable);
  void broadcastPageState(browser, { to: 'content', kind: 'pageState', state });
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

// The Chrome side of the shortcuts: the active tab, its selection, the dialling country and
// notifications. Reading a selection needs host access to the tab; pressing an extension shortcut
// grants it for the active tab (the activeTab permission), on any site but Chrome's own pages.
import { dialingCountry } from '../shared/phone.ts';
import type { Reply } from '../shared/protocol.ts';
import type { RouterDeps } from './router.ts';
import { chromeNotifier } from './notify.ts';
import { runShortcut, type ShortcutDeps } from './shortcuts.ts';
import { readFocusedSelection } from './frame-selection.ts';

type ShortcutRunner = (name: string, tabId?: number) => Promise<Reply>;

export function chromeShortcuts(browser: typeof chrome, router: RouterDeps): ShortcutRunner {
  const notifier = chromeNotifier(browser);
  const deps: ShortcutDeps = {
    router,
    readSelection: (tabId) => readFocusedSelection(browser, tabId),
    activeTabId: async () => (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
    dialingCountry: async () => dialingCountry((await router.readSettings()).defaultCountry, browser.i18n.getUILanguage()),
    notify: (title, message) =>
      void notifier.show({ title, message }).catch((error: unknown) => router.log(`Notification not shown: ${String(error)}`)),
  };
  return (name, tabId) => runShortcut(name, deps, tabId);
}

// The Chrome side of the shortcuts: the active tab, its selection, the dialling country and
// notifications. Reading a selection needs host access to the tab; pressing an extension shortcut
// grants it for the active tab (the activeTab permission), on any site but Chrome's own pages.
import { dialingCountry } from '../shared/phone.ts';
import type { Reply } from '../shared/protocol.ts';
import type { RouterDeps } from './router.ts';
import { chromeNotifier } from './notify.ts';
import { runShortcut, type ShortcutDeps } from './shortcuts.ts';

interface FrameSelection {
  text: string;
  focused: boolean;
}

/** Runs in every frame of the page: CRMs such as Dynamics 365 show records inside iframes. */
function selectionInFrame(): FrameSelection {
  return { text: getSelection()?.toString() ?? '', focused: document.hasFocus() };
}

/** The selection the agent is looking at: the focused frame's, else the first frame with one. */
async function readSelection(browser: typeof chrome, tabId: number): Promise<string | undefined> {
  try {
    const results = await browser.scripting.executeScript({ target: { tabId, allFrames: true }, func: selectionInFrame });
    const frames = results.map((result) => result.result).filter((frame): frame is FrameSelection => frame !== undefined);
    const selected = frames.filter((frame) => frame.text.trim() !== '');
    return (selected.find((frame) => frame.focused) ?? selected[0])?.text ?? '';
  } catch {
    return undefined;
  }
}

type ShortcutRunner = (name: string, tabId?: number) => Promise<Reply>;

export function chromeShortcuts(browser: typeof chrome, router: RouterDeps): ShortcutRunner {
  const notifier = chromeNotifier(browser);
  const deps: ShortcutDeps = {
    router,
    readSelection: (tabId) => readSelection(browser, tabId),
    activeTabId: async () => (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
    dialingCountry: async () => dialingCountry((await router.readSettings()).defaultCountry, browser.i18n.getUILanguage()),
    notify: (title, message) =>
      void notifier.show({ title, message }).catch((error: unknown) => router.log(`Notification not shown: ${String(error)}`)),
  };
  return (name, tabId) => runShortcut(name, deps, tabId);
}

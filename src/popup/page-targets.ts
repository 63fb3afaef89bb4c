// The targets the active tab shows, asked of its content script, to pick from in the transfer
// panel (issue 4, point 2). A tab without our content script, or one that answers nonsense,
// simply offers nothing.
//
// The content script runs in every frame, and tabs.sendMessage without a frameId returns only the
// first answer, so each frame we can see is asked by its id: the top frame first, then the
// embedded ones in frame order. We see frames only where Chrome lets us inject: the tab's own
// origin once the toolbar click granted activeTab, and added sites. The manifest's content-script
// sites do not count (Chrome refuses scripting.executeScript there), so a cross-origin frame
// running our content script, or every frame when the top one is out of reach, is heard only
// through one message to the whole tab, whose first answer is added last.
import * as v from 'valibot';
import { hasContentScript } from '../platform/content-script-probe.ts';
import { TabTargetsSchema, type TabTargets, type ToContent } from '../shared/protocol.ts';
import type { PickTarget } from './recent-targets.ts';

/** The parts of chrome.tabs and chrome.scripting this needs. */
export interface TabsApi {
  query(query: { active: true; currentWindow: true }): Promise<{ id?: number }[]>;
  sendMessage(tabId: number, message: ToContent, options?: { frameId: number }): Promise<unknown>;
  /** The ids of the tab's frames our content script listens in; rejects when the top frame is out of reach. */
  contentScriptFrames(tabId: number): Promise<number[]>;
}

const LIST_TARGETS: ToContent = { to: 'content', kind: 'listTargets' };
const TOP_FRAME = 0;
/** As many as one frame may list (TabTargetsSchema): a page of many frames offers no more. */
const MAX_PAGE_TARGETS = 500;

/** TabsApi on the browser's own chrome.tabs and chrome.scripting. */
export function browserTabs(browser: Pick<typeof chrome, 'tabs' | 'scripting'>): TabsApi {
  return {
    query: (query) => browser.tabs.query(query),
    sendMessage: (tabId, message, options) => browser.tabs.sendMessage(tabId, message, options),
    async contentScriptFrames(tabId) {
      // One result per frame we may inject into; the others are skipped, not reported.
      const probes = await browser.scripting.executeScript({ target: { tabId, allFrames: true }, func: hasContentScript });
      return probes.filter((probe) => probe.result === true).map((probe) => probe.frameId);
    },
  };
}

async function ask(tabs: TabsApi, tabId: number, options?: { frameId: number }): Promise<TabTargets> {
  try {
    const parsed = v.safeParse(TabTargetsSchema, await tabs.sendMessage(tabId, LIST_TARGETS, options));
    return parsed.success ? parsed.output : [];
  } catch {
    // No receiving end: a chrome:// page, a site we do not run on, a tab still loading.
    return [];
  }
}

/**
 * The embedded frames in the order they were made (frame ids count up; Chrome returns the top
 * frame's probe first and the others in no set order). None when they cannot be looked at.
 */
async function embeddedFrames(tabs: TabsApi, tabId: number): Promise<number[]> {
  const frameIds = await tabs.contentScriptFrames(tabId).catch(() => []);
  return frameIds.filter((frameId) => frameId !== TOP_FRAME).sort((a, b) => a - b);
}

async function askEmbeddedFrames(tabs: TabsApi, tabId: number): Promise<TabTargets[]> {
  const frameIds = await embeddedFrames(tabs, tabId);
  return Promise.all(frameIds.map((frameId) => ask(tabs, tabId, { frameId })));
}

export async function listPageTargets(tabs: TabsApi): Promise<PickTarget[]> {
  const [tab] = await tabs.query({ active: true, currentWindow: true }).catch(() => []);
  if (tab?.id === undefined) return [];
  // The top frame is asked by id even when it cannot be looked at: its content script may run.
  const [top, embedded, firstAnswer] = await Promise.all([
    ask(tabs, tab.id, { frameId: TOP_FRAME }),
    askEmbeddedFrames(tabs, tab.id),
    ask(tabs, tab.id),
  ]);
  return withoutRepeats([...top, ...embedded.flat(), ...firstAnswer]).slice(0, MAX_PAGE_TARGETS);
}

/** A number shown in several places, or by two frames, is one target. */
function withoutRepeats(targets: readonly PickTarget[]): PickTarget[] {
  const seen = new Set<string>();
  return targets.filter(({ rawId }) => {
    if (seen.has(rawId)) return false;
    seen.add(rawId);
    return true;
  });
}

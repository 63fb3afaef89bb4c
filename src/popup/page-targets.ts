// The targets the active tab shows, asked of its content script, to pick from in the transfer
// panel (issue 4, point 2). A tab without our content script, or one that answers nonsense,
// simply offers nothing.
import * as v from 'valibot';
import { TabTargetsSchema, type TabTargets, type ToContent } from '../shared/protocol.ts';
import type { PickTarget } from './recent-targets.ts';

/** The part of chrome.tabs this needs. */
export interface TabsApi {
  query(query: { active: true; currentWindow: true }): Promise<{ id?: number }[]>;
  sendMessage(tabId: number, message: ToContent, options?: { frameId: number }): Promise<unknown>;
}

const LIST_TARGETS: ToContent = { to: 'content', kind: 'listTargets' };

async function ask(tabs: TabsApi, tabId: number, options?: { frameId: number }): Promise<TabTargets> {
  try {
    const parsed = v.safeParse(TabTargetsSchema, await tabs.sendMessage(tabId, LIST_TARGETS, options));
    return parsed.success ? parsed.output : [];
  } catch {
    // No receiving end: a chrome:// page, a site we do not run on, a tab still loading.
    return [];
  }
}

export async function listPageTargets(tabs: TabsApi): Promise<PickTarget[]> {
  const [tab] = await tabs.query({ active: true, currentWindow: true }).catch(() => []);
  if (tab?.id === undefined) return [];
  // Every frame runs the content script and only the first answer arrives, which may be an
  // embedded frame's: the top frame is asked on its own too, so the page's own targets are never lost.
  const [top, first] = await Promise.all([ask(tabs, tab.id, { frameId: 0 }), ask(tabs, tab.id)]);
  return withoutRepeats([...top, ...first]);
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

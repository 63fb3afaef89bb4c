/// <reference types="@crxjs/vite-plugin/client" />
// The added sites, on the browser's side: content-script registrations that follow the stored
// sites, the sites an admin set by policy (shared/managed.ts), and the host permissions the agent
// granted or revoked (issue 3, point 5).
//
// The registrations use the manifest's own content script: vite.config.ts has crxjs build it as one
// self-contained file (no loader importing chunks from chrome-extension:// URLs, which Chrome would
// allow only on origins listed in web_accessible_resources), so it runs on any origin as it is.
import contentScriptFile from '../content/content-script.ts?script&iife';
import { browser } from '../platform/browser.ts';
import { hasContentScript } from '../platform/content-script-probe.ts';
import { SITES_ITEM } from '../shared/sites.ts';
import { loadSites } from '../shared/sites-store.ts';
import { loadManaged } from '../shared/managed-store.ts';
import type { Report } from './failures.ts';
import { reconcileSites, type ScriptSource, type SiteScripting } from './site-registrations.ts';

// matchOriginAsFallback (about:blank and srcdoc frames, as the manifest's match_about_blank) is
// Chrome 119+; an unknown key would make the whole registration fail on 116–118.
const chromeMajor = Number(/Chrome\/(\d+)/.exec(navigator.userAgent)?.[1] ?? '0');
const SOURCE: ScriptSource = { js: [contentScriptFile], originFallback: chromeMajor >= 119 };

async function injectIntoTab(tabId: number): Promise<void> {
  const probes = await browser.scripting.executeScript({ target: { tabId, allFrames: true }, func: hasContentScript });
  const frameIds = probes.filter((probe) => probe.result !== true).map((probe) => probe.frameId);
  if (frameIds.length > 0) await browser.scripting.executeScript({ target: { tabId, frameIds }, files: SOURCE.js });
}

function chromeSiteScripting(log: (message: string) => void): SiteScripting {
  return {
    readSites: async () => {
      const [stored, managed] = await Promise.all([loadSites(browser.storage.local), loadManaged(browser.storage.managed)]);
      return [...new Set([...stored, ...(managed.sites ?? [])])];
    },
    isGranted: (pattern) => browser.permissions.contains({ origins: [pattern] }),
    registered: () => browser.scripting.getRegisteredContentScripts(),
    register: (scripts) => browser.scripting.registerContentScripts(scripts),
    unregister: (ids) => browser.scripting.unregisterContentScripts({ ids }),
    async injectIntoOpenTabs(pattern) {
      const tabs = await browser.tabs.query({ url: pattern });
      const results = await Promise.allSettled(tabs.flatMap((tab) => (tab.id === undefined ? [] : [injectIntoTab(tab.id)])));
      // A tab may have closed or shown an error page meanwhile; the others still get the script.
      for (const result of results) if (result.status === 'rejected') log(`Injecting into an open tab: ${String(result.reason)}`);
    },
  };
}

/**
 * Registers the listeners synchronously, as a worker woken by one of these events needs. Runs are
 * queued: two overlapping runs would both register the same new site, and the second would throw.
 */
export function init(log: (message: string) => void, report: Report): void {
  const scripting = chromeSiteScripting(log);
  let queue = Promise.resolve();
  // A failed run is reported (failures.ts), and the queue goes on with the next.
  const run = (injectIntoOpenTabs: boolean): void => {
    queue = queue.then(() => report('sites', () => reconcileSites(scripting, SOURCE, { injectIntoOpenTabs })));
  };
  browser.storage.onChanged.addListener((changes, area) => {
    if ((area === 'local' && changes[SITES_ITEM.key]) || area === 'managed') run(true);
  });
  browser.permissions.onAdded.addListener(() => run(true));
  browser.permissions.onRemoved.addListener(() => run(false));
  // Registrations persist across sessions; these catch up after an update or a change made
  // while the extension was off.
  browser.runtime.onInstalled.addListener(() => run(false));
  browser.runtime.onStartup.addListener(() => run(false));
}

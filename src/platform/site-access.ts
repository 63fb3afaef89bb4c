// chrome.permissions for the sites the agent adds (shared/sites-store.ts), and the page the popup
// was opened on. Only the optional host permissions are touched: the presets' come from the
// manifest and cannot be removed.
import type { SiteAccess } from '../shared/sites-store.ts';
import { browser } from './browser.ts';

export const siteAccess: SiteAccess = {
  request: (pattern) => browser.permissions.request({ origins: [pattern] }),
  isGranted: (pattern) => browser.permissions.contains({ origins: [pattern] }),
  async release(patterns) {
    if (patterns.length > 0) await browser.permissions.remove({ origins: [...patterns] });
  },
};

/** The URL of the tab the popup belongs to; readable through "activeTab" once the agent opened the popup. */
export async function activeTabUrl(): Promise<string | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.url;
}

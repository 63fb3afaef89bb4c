// The site toggle's props from the browser: the active tab, the stored sites, and the actions
// that change them (chrome.* stays at the popup's edge, main.tsx).
import { activeTabUrl, siteAccess } from '../platform/site-access.ts';
import { disableSites, enableSite, followSites } from '../shared/sites-store.ts';
import type { StorageArea } from '../shared/storage-item.ts';
import type { SiteToggleProps } from './site-toggle.tsx';

/** Calls `onProps` once the tab's URL and the sites are known, and after every change of sites. */
export function followSiteToggle(storage: StorageArea, onProps: (props: SiteToggleProps) => void): void {
  const enable = (pattern: string): Promise<boolean> => enableSite(storage, siteAccess, pattern);
  const disable = (patterns: readonly string[]): Promise<void> => disableSites(storage, siteAccess, patterns);
  void activeTabUrl().then((url) => {
    followSites(storage, (sites) => onProps({ url, sites, enable, disable }));
  });
}

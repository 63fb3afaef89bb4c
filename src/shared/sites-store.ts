// Adding and removing the agent's sites: the host permission and the stored list change together.
// Storage and permissions are passed in, so the options page and popup test without chrome.*;
// the background follows the stored list and registers the content script (background/sites.ts).
import type { SettingsStorage } from './settings-store.ts';
import { SITES_KEY, readSites, storedSites, withoutSites } from './sites.ts';

/** The same chrome.storage area as settings use. */
export type SitesStorage = SettingsStorage;

/** chrome.permissions for one origin pattern at a time. */
export interface SiteAccess {
  /** Shows Chrome's prompt, so it must run inside the click that asked for it. */
  request(pattern: string): Promise<boolean>;
  isGranted(pattern: string): Promise<boolean>;
  release(patterns: readonly string[]): Promise<void>;
}

export async function loadSites(storage: SitesStorage): Promise<string[]> {
  return readSites((await storage.get(SITES_KEY))[SITES_KEY]);
}

/** Calls `onSites` with the stored sites and after every change; returns a stop function. */
export function followSites(storage: SitesStorage, onSites: (sites: string[]) => void): () => void {
  const onChanged = (changes: { [key: string]: { newValue?: unknown } }): void => {
    const change = changes[SITES_KEY];
    if (change) onSites(readSites(change.newValue));
  };
  storage.onChanged.addListener(onChanged);
  void loadSites(storage).then(onSites);
  return () => storage.onChanged.removeListener(onChanged);
}

/**
 * Asks Chrome for the site and stores it only if the agent allowed it. The request comes first,
 * before any await: Chrome refuses a permission request that is not part of a user gesture.
 */
export async function enableSite(storage: SitesStorage, access: SiteAccess, pattern: string): Promise<boolean> {
  if (!(await access.request(pattern))) return false;
  const sites = await loadSites(storage);
  if (!sites.includes(pattern)) await storage.set({ [SITES_KEY]: storedSites([...sites, pattern]) });
  return true;
}

/** Forgets the sites and gives back the permissions no remaining site still needs. */
export async function disableSites(storage: SitesStorage, access: SiteAccess, patterns: readonly string[]): Promise<void> {
  const { kept, released } = withoutSites(await loadSites(storage), patterns);
  await storage.set({ [SITES_KEY]: storedSites(kept) });
  await access.release(released);
}

// Adding and removing the agent's sites: the host permission and the stored list change together.
// Storage and permissions are passed in, so the options page and popup test without chrome.*;
// the background follows the stored list and registers the content script (background/site-edge.ts).
import { storageItem, watchItem, type StorageArea } from './storage-item.ts';
import { SITES_ITEM, storedSites, withoutSites } from './sites.ts';

/** chrome.permissions for one origin pattern at a time. */
export interface SiteAccess {
  /** Shows Chrome's prompt, so it must run inside the click that asked for it. */
  request(pattern: string): Promise<boolean>;
  isGranted(pattern: string): Promise<boolean>;
  release(patterns: readonly string[]): Promise<void>;
}

export async function loadSites(storage: StorageArea): Promise<string[]> {
  return (await storageItem(storage, SITES_ITEM).get()).sites;
}

/** Calls `onSites` with the stored sites and after every change; returns a stop function. */
export function followSites(storage: StorageArea, onSites: (sites: string[]) => void): () => void {
  return watchItem(storage, SITES_ITEM, ({ sites }) => onSites(sites));
}

/**
 * Asks Chrome for the site and stores it only if the agent allowed it. The request comes first,
 * before any await: Chrome refuses a permission request that is not part of a user gesture.
 */
export async function enableSite(storage: StorageArea, access: SiteAccess, pattern: string): Promise<boolean> {
  if (!(await access.request(pattern))) return false;
  const sites = await loadSites(storage);
  if (!sites.includes(pattern)) await storageItem(storage, SITES_ITEM).set(storedSites([...sites, pattern]));
  return true;
}

/** Forgets the sites and gives back the permissions no remaining site still needs. */
export async function disableSites(storage: StorageArea, access: SiteAccess, patterns: readonly string[]): Promise<void> {
  const { kept, released } = withoutSites(await loadSites(storage), patterns);
  await storageItem(storage, SITES_ITEM).set(storedSites(kept));
  await access.release(released);
}

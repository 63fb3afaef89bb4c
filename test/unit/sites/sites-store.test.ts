import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { disableSites, enableSite, followSites, loadSites } from '../../../src/shared/sites-store.ts';
import { SITES_KEY, storedSites } from '../../../src/shared/sites.ts';
import { fakeAccess } from './fakes.ts';

const storage = fakeBrowser.storage.local;
const CRM = 'https://crm.example.com/*';
const WIDE = 'https://*.example.com/*';

describe('the stored sites', () => {
  beforeEach(() => fakeBrowser.reset());

  it('are saved under one versioned key', async () => {
    await enableSite(storage, fakeAccess(), CRM);

    expect((await storage.get(SITES_KEY))[SITES_KEY]).toEqual({ version: 1, sites: [CRM] });
  });

  it('asks Chrome before anything else, while the click is still a user gesture', () => {
    const access = fakeAccess();

    void enableSite(storage, access, CRM);

    expect(access.requests).toEqual([CRM]);
  });

  it('are not changed when the agent denies the permission', async () => {
    const granted = await enableSite(storage, fakeAccess({ answer: false }), CRM);

    expect(granted).toBe(false);
    expect(await loadSites(storage)).toEqual([]);
  });

  it('keep a site once, however often it is enabled', async () => {
    const access = fakeAccess();
    await enableSite(storage, access, CRM);
    await enableSite(storage, access, CRM);

    expect(await loadSites(storage)).toEqual([CRM]);
  });

  it('lose a disabled site, whose permission goes back unless a remaining site needs it', async () => {
    await storage.set({ [SITES_KEY]: storedSites([WIDE, CRM, 'https://other.example.org/*']) });
    const access = fakeAccess({ granted: [WIDE, CRM, 'https://other.example.org/*'] });

    await disableSites(storage, access, [CRM, 'https://other.example.org/*']);

    expect(await loadSites(storage)).toEqual([WIDE]);
    expect(access.released).toEqual(['https://other.example.org/*']);
  });

  it('are followed: the current list first, then every change', async () => {
    await storage.set({ [SITES_KEY]: storedSites([CRM]) });
    const seen: string[][] = [];
    const stop = followSites(storage, (sites) => seen.push(sites));
    await expect.poll(() => seen).toEqual([[CRM]]);

    await storage.set({ [SITES_KEY]: storedSites([CRM, WIDE]) });
    stop();
    await storage.set({ [SITES_KEY]: storedSites([]) });

    expect(seen).toEqual([[CRM], [CRM, WIDE]]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  planRegistrations,
  reconcileSites,
  registrationFor,
  SITE_SCRIPT_PREFIX,
  type ScriptSource,
  type SiteScripting,
} from '../../../src/background/site-registrations.ts';

type Registered = chrome.scripting.RegisteredContentScript;

const SOURCE: ScriptSource = { js: ['src/content/content-script.js'], originFallback: true };
const CRM = 'https://crm.example.com/*';
const LAN = 'http://10.0.0.5/*';

describe('registrationFor', () => {
  it('gives an added site what the manifest gives the presets', () => {
    expect(registrationFor(CRM, SOURCE)).toEqual({
      id: `${SITE_SCRIPT_PREFIX}${CRM}`,
      matches: [CRM],
      js: ['src/content/content-script.js'],
      allFrames: true,
      matchOriginAsFallback: true,
      runAt: 'document_start',
      persistAcrossSessions: true,
    });
  });

  it('leaves out matchOriginAsFallback where Chrome (before 119) would reject it', () => {
    expect(registrationFor(CRM, { ...SOURCE, originFallback: false })).not.toHaveProperty('matchOriginAsFallback');
  });
});

describe('planRegistrations', () => {
  it('registers new sites and unregisters removed ones, leaving the rest alone', () => {
    const plan = planRegistrations([CRM, LAN], [registrationFor(CRM, SOURCE), registrationFor('https://old.example.com/*', SOURCE)], SOURCE);

    expect(plan.unregister).toEqual([`${SITE_SCRIPT_PREFIX}https://old.example.com/*`]);
    expect(plan.register).toEqual([registrationFor(LAN, SOURCE)]);
  });

  it('replaces a registration whose script files belong to an older build', () => {
    const stale = registrationFor(CRM, { ...SOURCE, js: ['src/content/old.js'] });
    const plan = planRegistrations([CRM], [stale], SOURCE);

    expect(plan).toEqual({ unregister: [stale.id], register: [registrationFor(CRM, SOURCE)] });
  });

  it('replaces a registration of an older build that ran at another time', () => {
    const stale: Registered = { ...registrationFor(CRM, SOURCE), runAt: 'document_idle' };
    const plan = planRegistrations([CRM], [stale], SOURCE);

    expect(plan).toEqual({ unregister: [stale.id], register: [registrationFor(CRM, SOURCE)] });
  });

  it('never touches registrations that are not ours', () => {
    const foreign: Registered = { id: 'someone-else', matches: [CRM], js: ['x.js'] };
    expect(planRegistrations([], [foreign], SOURCE)).toEqual({ unregister: [], register: [] });
  });

  it('has nothing to do when everything is in step', () => {
    expect(planRegistrations([CRM], [registrationFor(CRM, SOURCE)], SOURCE)).toEqual({ unregister: [], register: [] });
  });
});

/** A browser with registrations, grants and open tabs, recording what was injected where. */
function fakeScripting(sites: string[], granted: string[], registered: Registered[] = []) {
  const state = { registered: [...registered], injected: [] as string[] };
  const scripting: SiteScripting = {
    readSites: async () => sites,
    isGranted: async (pattern) => granted.includes(pattern),
    registered: async () => state.registered,
    register: async (scripts) => {
      state.registered.push(...scripts);
    },
    unregister: async (ids) => {
      state.registered = state.registered.filter((script) => !ids.includes(script.id));
    },
    injectIntoOpenTabs: async (pattern) => {
      state.injected.push(pattern);
    },
  };
  return { scripting, state };
}

describe('reconcileSites', () => {
  it('registers only the sites whose permission is granted', async () => {
    const { scripting, state } = fakeScripting([CRM, LAN], [LAN]);

    await reconcileSites(scripting, SOURCE, { injectIntoOpenTabs: false });

    expect(state.registered.map((script) => script.matches)).toEqual([[LAN]]);
  });

  it('unregisters a site whose permission was revoked', async () => {
    const { scripting, state } = fakeScripting([CRM], [], [registrationFor(CRM, SOURCE)]);

    await reconcileSites(scripting, SOURCE, { injectIntoOpenTabs: true });

    expect(state.registered).toEqual([]);
    expect(state.injected).toEqual([]);
  });

  it('starts the script in open tabs of the sites it just registered, and only those', async () => {
    const { scripting, state } = fakeScripting([CRM, LAN], [CRM, LAN], [registrationFor(CRM, SOURCE)]);

    await reconcileSites(scripting, SOURCE, { injectIntoOpenTabs: true });

    expect(state.injected).toEqual([LAN]);
  });

  it('leaves open tabs alone when asked to', async () => {
    const { scripting, state } = fakeScripting([LAN], [LAN]);

    await reconcileSites(scripting, SOURCE, { injectIntoOpenTabs: false });

    expect(state.registered).toHaveLength(1);
    expect(state.injected).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { readItem } from '../../../src/shared/storage-item.ts';
import manifest from '../../../manifest.json';
import { extensionManifest } from '../../../manifest.config.ts';
import { LOCAL_PRESET, PRODUCTION_PRESETS } from '../../../src/shared/presets.ts';
import {
  PRESETS,
  checkNewSite,
  SITES_ITEM,
  siteLabel,
  siteStatus,
  storedSites,
  withoutSites,
} from '../../../src/shared/sites.ts';

describe('the built-in presets', () => {
  it('are, in production, exactly the content script matches manifest.json declares, in its order', () => {
    const [declared] = manifest.content_scripts;
    expect(PRODUCTION_PRESETS.flatMap((preset) => preset.patterns)).toEqual(declared?.matches);
    expect(extensionManifest('production')).toBe(manifest);
  });

  it('are, in the test build that Vitest stands for, the test manifest\'s matches: production plus the local sites', () => {
    const [declared] = extensionManifest('test').content_scripts;
    expect(PRESETS.flatMap((preset) => preset.patterns)).toEqual(declared?.matches);
    expect(declared?.matches.slice(-2)).toEqual(['http://localhost/*', 'http://127.0.0.1/*']);
    expect(PRESETS.at(-1)).toBe(LOCAL_PRESET);
  });

  it('match no localhost in production', () => {
    expect(JSON.stringify(manifest)).not.toMatch(/localhost|127\.0\.0\.1/);
  });

  it('list every CRM of issue 3 and the local sites', () => {
    expect(PRESETS.map((preset) => preset.id)).toEqual([
      'salesforce',
      'dynamics',
      'hubspot',
      'zendesk',
      'zoho',
      'freshdesk',
      'pipedrive',
      'local',
    ]);
  });
});

describe('readSites', () => {
  it('reads the versioned record', () => {
    const record = storedSites(['https://crm.example.com/*', 'http://10.0.0.5/*']);
    expect(readItem(SITES_ITEM, record).sites).toEqual(['https://crm.example.com/*', 'http://10.0.0.5/*']);
  });

  it('drops entries that are not canonical patterns, and duplicates', () => {
    const stored = { version: 1, sites: ['https://crm.example.com/*', '<all_urls>', 'crm.example.com', 7, 'https://crm.example.com/*'] };
    expect(readItem(SITES_ITEM, stored).sites).toEqual(['https://crm.example.com/*']);
  });

  it.each([undefined, null, 'https://crm.example.com/*', { version: 2, sites: ['https://crm.example.com/*'] }, { version: 1 }])(
    'gives no sites for %j',
    (stored) => {
      expect(readItem(SITES_ITEM, stored).sites).toEqual([]);
    },
  );
});

describe('checkNewSite', () => {
  it('accepts a site nothing covers yet', () => {
    expect(checkNewSite('crm.example.com', ['https://other.example.org/*'])).toEqual({ ok: true, pattern: 'https://crm.example.com/*' });
  });

  it('names the preset that already covers a site', () => {
    expect(checkNewSite('acme.my.salesforce.com', [])).toEqual({ ok: false, problem: 'preset', preset: 'salesforce' });
    expect(checkNewSite('http://localhost:3000', [])).toEqual({ ok: false, problem: 'preset', preset: 'local' });
  });

  it('lets the agent add a whole Zendesk host: the preset covers only its agent interface', () => {
    expect(checkNewSite('acme.zendesk.com', [])).toEqual({ ok: true, pattern: 'https://acme.zendesk.com/*' });
  });

  it('does not count https://localhost as the http preset', () => {
    expect(checkNewSite('https://localhost', [])).toEqual({ ok: true, pattern: 'https://localhost/*' });
  });

  it('names the added site that already covers it', () => {
    expect(checkNewSite('crm.example.com', ['https://*.example.com/*'])).toEqual({
      ok: false,
      problem: 'duplicate',
      existing: 'https://*.example.com/*',
    });
  });

  it('passes parsing problems through', () => {
    expect(checkNewSite('ftp://example.com', [])).toEqual({ ok: false, problem: 'scheme' });
  });
});

describe('siteStatus', () => {
  const sites = ['https://crm.example.com/*', 'https://*.corp.example/*'];

  it.each([
    [undefined, { kind: 'unsupported' }],
    ['chrome://newtab/', { kind: 'unsupported' }],
    ['https://acme.my.salesforce.com/lightning/r/Contact', { kind: 'preset', preset: 'salesforce' }],
    ['http://127.0.0.1:8080/', { kind: 'preset', preset: 'local' }],
    ['https://acme.zendesk.com/agent/tickets/1', { kind: 'preset', preset: 'zendesk' }],
    ['https://acme.zendesk.com/hc/en-us', { kind: 'off', pattern: 'https://acme.zendesk.com/*' }],
    ['https://acme.freshdesk.com/a/tickets/7?tab=info', { kind: 'preset', preset: 'freshdesk' }],
    ['https://acme.freshdesk.com/support/home', { kind: 'off', pattern: 'https://acme.freshdesk.com/*' }],
    ['https://zendesk.com.evil.example/agent/x', { kind: 'off', pattern: 'https://zendesk.com.evil.example/*' }],
    ['https://shop.example.com/', { kind: 'off', pattern: 'https://shop.example.com/*' }],
    ['https://crm.example.com/contacts', { kind: 'on', pattern: 'https://crm.example.com/*', via: ['https://crm.example.com/*'] }],
    ['https://eu.corp.example/x', { kind: 'on', pattern: 'https://eu.corp.example/*', via: ['https://*.corp.example/*'] }],
  ])('for %s is %j', (url, expected) => {
    expect(siteStatus(url, sites)).toEqual(expected);
  });
});

describe('withoutSites', () => {
  it('keeps the permission a remaining wildcard site still needs', () => {
    const sites = ['https://*.example.com/*', 'https://crm.example.com/*', 'https://other.example.org/*'];
    expect(withoutSites(sites, ['https://crm.example.com/*', 'https://other.example.org/*'])).toEqual({
      kept: ['https://*.example.com/*'],
      released: ['https://other.example.org/*'],
    });
  });
});

describe('siteLabel', () => {
  it('shows the origin without the pattern path', () => {
    expect(siteLabel('https://*.example.com/*')).toBe('https://*.example.com');
  });
});

import { describe, expect, it } from 'vitest';
import manifest from '../../../manifest.json';
import {
  PRESETS,
  checkNewSite,
  readSites,
  siteLabel,
  siteStatus,
  storedSites,
  withoutSites,
} from '../../../src/shared/sites.ts';

describe('the built-in presets', () => {
  it('are exactly the content script matches manifest.json declares, in its order', () => {
    const [declared] = manifest.content_scripts;
    expect(PRESETS.flatMap((preset) => preset.patterns)).toEqual(declared?.matches);
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
    expect(readSites(record)).toEqual(['https://crm.example.com/*', 'http://10.0.0.5/*']);
  });

  it('drops entries that are not canonical patterns, and duplicates', () => {
    const stored = { version: 1, sites: ['https://crm.example.com/*', '<all_urls>', 'crm.example.com', 7, 'https://crm.example.com/*'] };
    expect(readSites(stored)).toEqual(['https://crm.example.com/*']);
  });

  it.each([undefined, null, 'https://crm.example.com/*', { version: 2, sites: ['https://crm.example.com/*'] }, { version: 1 }])(
    'gives no sites for %j',
    (stored) => {
      expect(readSites(stored)).toEqual([]);
    },
  );
});

describe('checkNewSite', () => {
  it('accepts a site nothing covers yet', () => {
    expect(checkNewSite('crm.example.com', ['https://other.example.org/*'])).toEqual({ ok: true, pattern: 'https://crm.example.com/*' });
  });

  it('names the preset that already covers a site', () => {
    expect(checkNewSite('acme.zendesk.com', [])).toEqual({ ok: false, problem: 'preset', preset: 'zendesk' });
    expect(checkNewSite('http://localhost:3000', [])).toEqual({ ok: false, problem: 'preset', preset: 'local' });
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

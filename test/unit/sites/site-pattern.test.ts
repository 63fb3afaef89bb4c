import { describe, expect, it } from 'vitest';
import { covers, isSitePattern, parseSite, sitePatternOf } from '../../../src/shared/site-pattern.ts';

describe('parseSite', () => {
  it.each([
    ['crm.example.com', 'https://crm.example.com/*'],
    ['  CRM.Example.COM  ', 'https://crm.example.com/*'],
    ['https://crm.example.com/path/to?q=1#top', 'https://crm.example.com/*'],
    ['http://crm.example.com', 'http://crm.example.com/*'],
    ['HTTPS://crm.example.com', 'https://crm.example.com/*'],
    ['crm.example.com:8443', 'https://crm.example.com/*'],
    ['*.example.com', 'https://*.example.com/*'],
    ['https://*.example.com/*', 'https://*.example.com/*'],
    ['http://10.0.0.5:8080/app', 'http://10.0.0.5/*'],
    ['10.0.0.5', 'https://10.0.0.5/*'],
    ['http://[::1]:3000/', 'http://[::1]/*'],
    ['intranet', 'https://intranet/*'],
    ['localhost:8080', 'https://localhost/*'],
    ['bücher.example', 'https://xn--bcher-kva.example/*'],
  ])('reads %j as %s', (input, pattern) => {
    expect(parseSite(input)).toEqual({ ok: true, pattern });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['ftp://files.example.com', 'scheme'],
    ['file:///etc/passwd', 'scheme'],
    ['chrome://extensions', 'scheme'],
    ['javascript:alert(1)', 'scheme'],
    ['mailto:agent@example.com', 'scheme'],
    ['*://example.com', 'scheme'],
    ['<all_urls>', 'allSites'],
    ['*', 'allSites'],
    ['https://*/*', 'allSites'],
    ['http://*:8080', 'allSites'],
    ['https://user:secret@crm.example.com', 'credentials'],
    ['crm.*.example.com', 'wildcard'],
    ['*example.com', 'wildcard'],
    ['*.com', 'wildcard'],
    ['10.0.0.*', 'ipRange'],
    ['10.0.0.0/8', 'ipRange'],
    ['10.0.0.1-20', 'ipRange'],
    ['*.10.0.0.1', 'ipRange'],
    ['exa mple.com', 'host'],
    ['example..com', 'host'],
    ['under_score.example.com', 'host'],
    ['-crm.example.com', 'host'],
    ['https://', 'host'],
    ['1.2', 'host'],
    ['010.0.0.1', 'host'],
    ['a'.repeat(64) + '.example.com', 'host'],
  ])('rejects %j (%s)', (input, problem) => {
    expect(parseSite(input)).toEqual({ ok: false, problem });
  });
});

describe('isSitePattern', () => {
  it('accepts only the canonical patterns parseSite produces', () => {
    expect(isSitePattern('https://crm.example.com/*')).toBe(true);
    expect(isSitePattern('https://*.example.com/*')).toBe(true);
    expect(isSitePattern('https://CRM.example.com/*')).toBe(false);
    expect(isSitePattern('https://crm.example.com/app/*')).toBe(false);
    expect(isSitePattern('<all_urls>')).toBe(false);
    expect(isSitePattern(42)).toBe(false);
  });
});

describe('covers', () => {
  it.each([
    ['https://*.example.com/*', 'https://crm.example.com/*', true],
    ['https://*.example.com/*', 'https://example.com/*', true],
    ['https://*.example.com/*', 'https://*.eu.example.com/*', true],
    ['https://*.example.com/*', 'https://notexample.com/*', false],
    ['https://*.example.com/*', 'http://crm.example.com/*', false],
    ['https://crm.example.com/*', 'https://crm.example.com/*', true],
    ['https://crm.example.com/*', 'https://*.crm.example.com/*', false],
    ['https://example.com/*', 'https://crm.example.com/*', false],
  ])('%s covers %s: %s', (outer, inner, expected) => {
    expect(covers(outer, inner)).toBe(expected);
  });
});

describe('sitePatternOf', () => {
  it('gives the whole-origin pattern of an http(s) page and nothing for other pages', () => {
    expect(sitePatternOf('https://crm.example.com:8443/contacts/42?tab=calls')).toBe('https://crm.example.com/*');
    expect(sitePatternOf('http://127.0.0.2:5173/')).toBe('http://127.0.0.2/*');
    expect(sitePatternOf('chrome://extensions/')).toBeUndefined();
    expect(sitePatternOf('file:///home/agent/list.html')).toBeUndefined();
    expect(sitePatternOf('about:blank')).toBeUndefined();
  });
});

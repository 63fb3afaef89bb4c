// What an agent types to add a site, turned into one Chrome match pattern for a whole origin
// (https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns). Only http and
// https, one host or `*.` plus a domain, never every site: the optional host permission the
// pattern is requested with must stay as narrow as what the agent meant (issue 3, point 5).

export type SiteProblem = 'empty' | 'scheme' | 'allSites' | 'credentials' | 'host' | 'wildcard' | 'ipRange';

export type SiteParse = { ok: true; pattern: string } | { ok: false; problem: SiteProblem };

interface PatternParts {
  scheme: 'http' | 'https';
  /** The host without the leading `*.` of a wildcard pattern. */
  host: string;
  wildcard: boolean;
}

const SCHEME = /^([^:/?#]*):\/\//;
// "mailto:x", "javascript:x", "about:blank"; not "localhost:8080", whose colon starts a port.
const OPAQUE_SCHEME = /^[a-z][a-z\d+.-]*:(?!\d)/i;
// "10.0.0.*", "10.0.0.0/8", "10.0.0.1-20": match patterns cannot express address ranges.
const IP_RANGE = /^(?:\d{1,3}|\*)(?:\.(?:\d{1,3}|\*)){1,3}(?:\/\d{1,2}|-[\d.]+)?\/?$/;
const LABEL = '[a-z\\d](?:[a-z\\d-]{0,61}[a-z\\d])?';
const DOMAIN = new RegExp(`^(?=.{1,253}$)${LABEL}(?:\\.${LABEL})*$`);
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const IPV6 = /^\[[\da-f:.]+\]$/;
const PATTERN = /^(https?):\/\/(\*\.)?([^/*]+)\/\*$/;

/** Parses "crm.example.com", "https://crm.example.com/path", "*.example.com", "http://10.0.0.5:8080". */
export function parseSite(input: string): SiteParse {
  const text = input.trim();
  if (text === '') return { ok: false, problem: 'empty' };
  if (text === '<all_urls>') return { ok: false, problem: 'allSites' };
  const scheme = SCHEME.exec(text)?.[1]?.toLowerCase() ?? (OPAQUE_SCHEME.test(text) ? '' : 'https');
  if (scheme !== 'http' && scheme !== 'https') return { ok: false, problem: 'scheme' };
  const rest = text.replace(SCHEME, '');
  const authority = rest.split(/[/?#]/, 1)[0] ?? '';
  if (authority.includes('@')) return { ok: false, problem: 'credentials' };
  if (authority === '*' || authority.startsWith('*:')) return { ok: false, problem: 'allSites' };
  if (IP_RANGE.test(rest) && /[*/-]/.test(rest.replace(/\/$/, ''))) return { ok: false, problem: 'ipRange' };
  return parseAuthority(scheme, authority);
}

function parseAuthority(scheme: PatternParts['scheme'], authority: string): SiteParse {
  const wildcard = authority.startsWith('*.');
  const hostAndPort = wildcard ? authority.slice(2) : authority;
  if (hostAndPort.includes('*')) return { ok: false, problem: 'wildcard' };
  const host = hostnameOf(scheme, hostAndPort);
  if (host === undefined) return { ok: false, problem: 'host' };
  const isAddress = IPV4.test(host) || IPV6.test(host);
  if (wildcard && isAddress) return { ok: false, problem: 'ipRange' };
  // The URL parser reads "1.2" as 1.0.0.2 and "010.0.0.1" as 8.0.0.1: never what the agent meant.
  if (IPV4.test(host) && !hostAndPort.startsWith(host)) return { ok: false, problem: 'host' };
  // "*.com" would ask for a whole top-level domain.
  if (wildcard && !host.includes('.')) return { ok: false, problem: 'wildcard' };
  if (!isAddress && !DOMAIN.test(host)) return { ok: false, problem: 'host' };
  return { ok: true, pattern: formatPattern({ scheme, host, wildcard }) };
}

/**
 * The URL parser lower-cases, turns international names into punycode and normalises addresses.
 * The port is dropped on purpose: a pattern without one matches every port.
 */
function hostnameOf(scheme: string, hostAndPort: string): string | undefined {
  if (hostAndPort === '') return undefined;
  try {
    return new URL(`${scheme}://${hostAndPort}/`).hostname;
  } catch {
    return undefined;
  }
}

function formatPattern({ scheme, host, wildcard }: PatternParts): string {
  return `${scheme}://${wildcard ? '*.' : ''}${host}/*`;
}

function partsOf(pattern: string): PatternParts | undefined {
  const match = PATTERN.exec(pattern);
  if (!match?.[1] || !match[3]) return undefined;
  return { scheme: match[1] === 'http' ? 'http' : 'https', host: match[3], wildcard: match[2] !== undefined };
}

/** Whether a stored value is a pattern this module would have produced, character for character. */
export function isSitePattern(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const parsed = parseSite(value);
  return parsed.ok && parsed.pattern === value;
}

/** Whether every page `inner` matches is also matched by `outer` (both whole-origin patterns). */
export function covers(outer: string, inner: string): boolean {
  const a = partsOf(outer);
  const b = partsOf(inner);
  if (!a || !b || a.scheme !== b.scheme) return false;
  if (!a.wildcard) return !b.wildcard && a.host === b.host;
  return b.host === a.host || b.host.endsWith(`.${a.host}`);
}

/** The pattern for the site a page belongs to, or undefined for pages that are not http(s). */
export function sitePatternOf(url: string): string | undefined {
  if (!/^https?:\/\//i.test(url)) return undefined;
  const parsed = parseSite(url);
  return parsed.ok ? parsed.pattern : undefined;
}

const MATCH_PATTERN = /^(https?):\/\/(\*\.)?([^/*]+)(\/.*)$/;

/**
 * Whether a page matches an http(s) match pattern whose path may be narrower than "/*", as the
 * Zendesk and Freshdesk presets are. Like Chrome, the path part is matched against path and query.
 */
export function matchesUrl(pattern: string, url: string): boolean {
  const parts = MATCH_PATTERN.exec(pattern);
  let page: URL;
  try {
    page = new URL(url);
  } catch {
    return false;
  }
  if (!parts?.[1] || !parts[3] || !parts[4] || page.protocol !== `${parts[1]}:`) return false;
  const host = parts[3];
  const hostMatches = parts[2] === undefined ? page.hostname === host : page.hostname === host || page.hostname.endsWith(`.${host}`);
  return hostMatches && globMatches(parts[4], page.pathname + page.search);
}

function globMatches(glob: string, text: string): boolean {
  const source = glob.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${source}$`).test(text);
}

// Where the content script runs (DESIGN.md, Contracts: Sites). The built-in presets are the
// manifest's content_scripts matches, as data the options page and popup can show; the sites the
// agent adds are match patterns under their own versioned key in storage.local. They are kept
// apart from `settings` on purpose: the settings form saves its whole object at once, and the
// background needs to react to a change of sites alone (to register content scripts).
import * as v from 'valibot';
import { covers, isSitePattern, parseSite, sitePatternOf, type SiteProblem } from './site-pattern.ts';

export const SITES_KEY = 'sites';
export const SITES_VERSION = 1;

export type PresetId = 'salesforce' | 'dynamics' | 'hubspot' | 'zendesk' | 'zoho' | 'freshdesk' | 'pipedrive' | 'local';

export interface Preset {
  id: PresetId;
  patterns: readonly string[];
}

/** In manifest order: a unit test holds this list equal to manifest.json's content_scripts matches. */
export const PRESETS: readonly Preset[] = [
  { id: 'salesforce', patterns: ['https://*.lightning.force.com/*', 'https://*.my.salesforce.com/*'] },
  { id: 'dynamics', patterns: ['https://*.dynamics.com/*'] },
  { id: 'hubspot', patterns: ['https://app.hubspot.com/*', 'https://app-eu1.hubspot.com/*'] },
  { id: 'zendesk', patterns: ['https://*.zendesk.com/*'] },
  { id: 'zoho', patterns: ['https://crm.zoho.com/*', 'https://crm.zoho.eu/*', 'https://crm.zoho.in/*'] },
  { id: 'freshdesk', patterns: ['https://*.freshdesk.com/*', 'https://*.myfreshworks.com/*'] },
  { id: 'pipedrive', patterns: ['https://*.pipedrive.com/*'] },
  { id: 'local', patterns: ['http://localhost/*', 'http://127.0.0.1/*'] },
];

const StoredSitesSchema = v.object({
  version: v.literal(SITES_VERSION),
  sites: v.array(v.unknown()),
});

export interface StoredSites {
  version: typeof SITES_VERSION;
  sites: string[];
}

/** The agent's sites from storage; anything that is not a canonical pattern is dropped, never trusted. */
export function readSites(stored: unknown): string[] {
  const parsed = v.safeParse(StoredSitesSchema, stored);
  if (!parsed.success) return [];
  return [...new Set(parsed.output.sites.filter(isSitePattern))];
}

export function storedSites(sites: readonly string[]): StoredSites {
  return { version: SITES_VERSION, sites: [...sites] };
}

function presetCovering(pattern: string): Preset | undefined {
  return PRESETS.find((preset) => preset.patterns.some((outer) => covers(outer, pattern)));
}

export type NewSiteCheck =
  | { ok: true; pattern: string }
  | { ok: false; problem: SiteProblem }
  | { ok: false; problem: 'preset'; preset: PresetId }
  | { ok: false; problem: 'duplicate'; existing: string };

/** Validates a site the agent wants to add: a valid pattern that no preset or added site covers yet. */
export function checkNewSite(input: string, sites: readonly string[]): NewSiteCheck {
  const parsed = parseSite(input);
  if (!parsed.ok) return parsed;
  const preset = presetCovering(parsed.pattern);
  if (preset) return { ok: false, problem: 'preset', preset: preset.id };
  const existing = sites.find((site) => covers(site, parsed.pattern));
  if (existing !== undefined) return { ok: false, problem: 'duplicate', existing };
  return parsed;
}

export type SiteStatus =
  | { kind: 'unsupported' }
  | { kind: 'preset'; preset: PresetId }
  | { kind: 'off'; pattern: string }
  /** `via`: the added sites that cover this one; disabling the site removes them all. */
  | { kind: 'on'; pattern: string; via: string[] };

/** Whether the content script runs on the page at `url`, and why. */
export function siteStatus(url: string | undefined, sites: readonly string[]): SiteStatus {
  const pattern = url === undefined ? undefined : sitePatternOf(url);
  if (pattern === undefined) return { kind: 'unsupported' };
  const preset = presetCovering(pattern);
  if (preset) return { kind: 'preset', preset: preset.id };
  const via = sites.filter((site) => covers(site, pattern));
  return via.length > 0 ? { kind: 'on', pattern, via } : { kind: 'off', pattern };
}

/** Sites left after removing `removed`, and the removed ones whose permission is no longer needed. */
export function withoutSites(sites: readonly string[], removed: readonly string[]): { kept: string[]; released: string[] } {
  const kept = sites.filter((site) => !removed.includes(site));
  const released = removed.filter((site) => !kept.some((other) => covers(other, site)));
  return { kept, released };
}

/** How a site reads in the UI: its origin, without the match pattern's "/*". */
export function siteLabel(pattern: string): string {
  return pattern.replace(/\/\*$/, '');
}

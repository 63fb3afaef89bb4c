// Where the content script runs (docs/design.md). The built-in presets (shared/presets.ts) are the
// manifest's content_scripts matches, as data the options page and popup can show; the sites the
// agent adds are match patterns under their own versioned key in storage.local. They are kept
// apart from `settings` on purpose: the settings form saves its whole object at once, and the
// background needs to react to a change of sites alone (to register content scripts).
import * as v from 'valibot';
import { LOCAL_PRESET, PRODUCTION_PRESETS, type Preset, type PresetId } from './presets.ts';
import type { StorageItemSpec } from './storage-item.ts';
import { covers, isSitePattern, matchesUrl, parseSite, sitePatternOf, type SiteProblem } from './site-pattern.ts';

export const SITES_KEY = 'sites';
export const SITES_VERSION = 1;

export type { Preset, PresetId } from './presets.ts';

/**
 * The presets of this build: the test build (mode "test", as Vitest's is) adds the local sites
 * after the others. The comparison is decided at build time, so dist/ holds no local preset.
 */
export const PRESETS: readonly Preset[] = import.meta.env.MODE === 'test' ? [...PRODUCTION_PRESETS, LOCAL_PRESET] : PRODUCTION_PRESETS;

/** The stored record; an entry that is not a canonical pattern is dropped, never trusted, and the others kept. */
const StoredSitesSchema = v.pipe(
  v.object({ version: v.literal(SITES_VERSION), sites: v.array(v.unknown()) }),
  v.transform(({ version, sites }) => ({ version, sites: [...new Set(sites.filter(isSitePattern))] })),
);
export type StoredSites = v.InferOutput<typeof StoredSitesSchema>;

export const SITES_ITEM: StorageItemSpec<StoredSites> = {
  key: SITES_KEY,
  schema: StoredSitesSchema,
  fallback: { version: SITES_VERSION, sites: [] },
  version: SITES_VERSION,
};

export function storedSites(sites: readonly string[]): StoredSites {
  return { version: SITES_VERSION, sites: [...sites] };
}

/** The preset that already covers every page of a whole-origin pattern (a path-scoped one never does). */
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
  if (url === undefined || pattern === undefined) return { kind: 'unsupported' };
  const preset = PRESETS.find((candidate) => candidate.patterns.some((outer) => matchesUrl(outer, url)));
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

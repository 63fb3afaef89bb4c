// Configuration an organisation sets by Chrome policy (issue 10, point 5): storage.managed, declared
// by public/managed-schema.json. Chrome drops a policy value that does not fit that schema; what it
// passes is still parsed here, field by field, against the settings' own schema, so one bad value
// costs that field only and is named. A managed value wins over the agent's own, and the options
// page shows the field locked, with who set it.
import * as v from 'valibot';
import { isSitePattern } from './site-pattern.ts';
import { SettingsSchema, type Settings } from './settings.ts';

/** The settings an admin can lock, by their names in the settings and in the policy. */
export const MANAGED_FIELDS = [
  'engine',
  'callingHostUrl',
  'callerId',
  'displayName',
  'hangUpAfterTransfer',
  'disableForwardingAndUnanswered',
  'confirmPageCalls',
  'logLevel',
] as const satisfies readonly (keyof Settings)[];
export type ManagedField = (typeof MANAGED_FIELDS)[number];

export interface ManagedConfig {
  /** Shown beside each locked field: the organisation or team that set it ('' when the policy does not say). */
  managedBy: string;
  settings: Partial<Pick<Settings, ManagedField>>;
  /** Sites the content script runs on, in addition to the agent's own; undefined when not managed. */
  sites: string[] | undefined;
  /** Policy names whose values did not parse, for the log. */
  ignored: string[];
}

export const NO_MANAGED: ManagedConfig = { managedBy: '', settings: {}, sites: undefined, ignored: [] };

const ManagedBySchema = v.pipe(v.string(), v.trim(), v.maxLength(80));
const SitesSchema = v.pipe(v.array(v.pipe(v.string(), v.check((site: string) => isSitePattern(site)))), v.maxLength(100));

function field<K extends ManagedField>(key: K, value: unknown): Settings[K] | undefined {
  const parsed = v.safeParse(SettingsSchema.entries[key], value);
  return parsed.success ? (parsed.output as Settings[K]) : undefined;
}

/** The policy as Chrome passed it, parsed; anything else than an object is no policy. */
export function readManaged(stored: unknown): ManagedConfig {
  if (typeof stored !== 'object' || stored === null) return NO_MANAGED;
  const policy = stored as Record<string, unknown>;
  const settings: Record<string, unknown> = {};
  const ignored: string[] = [];
  for (const key of MANAGED_FIELDS) {
    if (policy[key] === undefined) continue;
    const value = field(key, policy[key]);
    if (value === undefined) ignored.push(key);
    else settings[key] = value;
  }
  const sites = policy.sites === undefined ? undefined : v.safeParse(SitesSchema, policy.sites);
  if (sites && !sites.success) ignored.push('sites');
  const managedBy = v.safeParse(ManagedBySchema, policy.managedBy);
  return {
    managedBy: managedBy.success ? managedBy.output : '',
    settings: settings as ManagedConfig['settings'],
    sites: sites?.success ? [...new Set(sites.output)] : undefined,
    ignored,
  };
}

/** The settings in force: the agent's own, with every managed value over them. */
export function withManaged(local: Settings, managed: ManagedConfig): Settings {
  return { ...local, ...managed.settings };
}

/**
 * What saving the options form stores: the agent's edits, and for each locked field the agent's own
 * value rather than the one in force. A policy is the admin's to lift: once it is, the agent's
 * settings are what they were, not what the policy had set.
 */
export function withOwnValues(edited: Settings, own: Settings, managed: ManagedConfig): Settings {
  const locked = Object.keys(managed.settings) as ManagedField[];
  return { ...edited, ...Object.fromEntries(locked.map((key) => [key, own[key]])) };
}

export function isLocked(managed: ManagedConfig, key: keyof Settings): boolean {
  return Object.hasOwn(managed.settings, key);
}

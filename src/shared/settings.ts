// Settings: one versioned, schema-checked key in storage.local (docs/design.md). Anything stored that
// does not parse is replaced by defaults field by field, never trusted.
import * as v from 'valibot';
import { SavedDeviceIdSchema } from './devices.ts';
import { DEFAULT_LOG_LEVEL, LogLevelSchema } from './diagnostics.ts';
import { readItem, type StorageItemSpec } from './storage-item.ts';

export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 1;

const E164OrEmpty = v.union([v.literal(''), v.pipe(v.string(), v.regex(/^\+[1-9]\d{6,14}$/, 'must be an E.164 number like +14255550123'))]);
/** The calling host page: HTTPS, or http://localhost for development (the SDK's own rule, docs/acs-sdk.md §2). */
export function isCallingHostUrl(value: string): boolean {
  try {
    const url = new URL(value);
    const local = url.protocol === 'http:' && url.hostname === 'localhost';
    return (url.protocol === 'https:' || local) && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

const HostUrlOrEmpty = v.union([
  v.literal(''),
  v.pipe(v.string(), v.maxLength(500), v.check(isCallingHostUrl, 'must be an https:// address, or http://localhost for development')),
]);
const CountryOrEmpty = v.union([v.literal(''), v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'must be a two-letter country code'))]);

export const SettingsSchema = v.strictObject({
  version: v.literal(SETTINGS_VERSION),
  engine: v.picklist(['simulated', 'acs']),
  /** Where the organisation serves the calling host page (docs/design.md: src/host). */
  callingHostUrl: HostUrlOrEmpty,
  /** Simulated timings are multiplied by this: 1 is realistic, tests run faster. */
  simulatorTimeScale: v.pipe(v.number(), v.minValue(0.01), v.maxValue(10)),
  /** The simulated engine starts with a demo customer on the line. */
  simulatorDemoCall: v.boolean(),
  displayName: v.pipe(v.string(), v.maxLength(64)),
  defaultCountry: CountryOrEmpty,
  callerId: E164OrEmpty,
  hangUpAfterTransfer: v.boolean(),
  disableForwardingAndUnanswered: v.boolean(),
  /** A call a page control asks for waits for the agent's yes in an extension window (background/page-requests.ts). */
  confirmPageCalls: v.boolean(),
  /** The devices calls use; '' is the system default, and so is a saved device that is not connected. */
  microphoneId: SavedDeviceIdSchema,
  speakerId: SavedDeviceIdSchema,
  /** How much the calling SDK logs into the diagnostics (Copy diagnostics in the options page). */
  logLevel: LogLevelSchema,
});

export type Settings = v.InferOutput<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  engine: 'simulated',
  callingHostUrl: '',
  simulatorTimeScale: 1,
  simulatorDemoCall: true,
  displayName: '',
  defaultCountry: '',
  callerId: '',
  hangUpAfterTransfer: true,
  disableForwardingAndUnanswered: false,
  confirmPageCalls: true,
  microphoneId: '',
  speakerId: '',
  logLevel: DEFAULT_LOG_LEVEL,
};

/** Stored settings that do not parse as a whole: a field that is missing or invalid falls back to its default. */
function salvageSettings(stored: unknown): Settings {
  if (typeof stored !== 'object' || stored === null) return DEFAULT_SETTINGS;
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    const candidate = { ...DEFAULT_SETTINGS, [key]: (stored as Record<string, unknown>)[key] };
    if (v.safeParse(SettingsSchema, candidate).success) merged[key] = candidate[key];
  }
  return v.parse(SettingsSchema, merged);
}

export const SETTINGS_ITEM: StorageItemSpec<Settings> = {
  key: SETTINGS_KEY,
  schema: SettingsSchema,
  fallback: DEFAULT_SETTINGS,
  salvage: salvageSettings,
  version: SETTINGS_VERSION,
};

/** Reads stored settings; a field that is missing or invalid falls back to its default. */
export function readSettings(stored: unknown): Settings {
  return readItem(SETTINGS_ITEM, stored);
}

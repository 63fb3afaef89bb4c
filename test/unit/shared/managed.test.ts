// Managed configuration (issue 10, point 5): the policy Chrome passes is parsed field by field, a
// managed value wins over the agent's own, and the schema Chrome validates against declares exactly
// the fields the extension reads.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOG_LEVELS } from '../../../src/shared/diagnostics.ts';
import { MANAGED_FIELDS, NO_MANAGED, isLocked, readManaged, withManaged, withOwnValues } from '../../../src/shared/managed.ts';
import { DEFAULT_SETTINGS, SettingsSchema } from '../../../src/shared/settings.ts';

const ROOT = join(import.meta.dirname, '../../..');
const schema = JSON.parse(readFileSync(join(ROOT, 'public/managed-schema.json'), 'utf8')) as {
  type: string;
  properties: Record<string, { type: string; enum?: string[] }>;
};
const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as { storage?: { managed_schema?: string } };

const POLICY = {
  managedBy: ' Contoso IT ',
  engine: 'acs',
  callingHostUrl: 'https://calls.contoso.example/acs/',
  callerId: '+14255550100',
  displayName: 'Contoso desk',
  sites: ['https://crm.contoso.example/*', 'https://*.contoso-crm.example/*'],
  hangUpAfterTransfer: false,
  disableForwardingAndUnanswered: true,
  confirmPageCalls: false,
  logLevel: 'verbose',
};

describe('managed configuration', () => {
  it('reads every field an admin can set', () => {
    const managed = readManaged(POLICY);
    expect(managed).toEqual({
      managedBy: 'Contoso IT',
      settings: {
        engine: 'acs',
        callingHostUrl: 'https://calls.contoso.example/acs/',
        callerId: '+14255550100',
        displayName: 'Contoso desk',
        hangUpAfterTransfer: false,
        disableForwardingAndUnanswered: true,
        confirmPageCalls: false,
        logLevel: 'verbose',
      },
      sites: ['https://crm.contoso.example/*', 'https://*.contoso-crm.example/*'],
      ignored: [],
    });
  });

  it('wins over the agent’s own values and leaves the others alone', () => {
    const local = { ...DEFAULT_SETTINGS, callingHostUrl: 'https://evil.example/', displayName: 'Sam', defaultCountry: 'GB', confirmPageCalls: true };
    const managed = readManaged({ callingHostUrl: 'https://calls.contoso.example/acs/', confirmPageCalls: false });
    expect(withManaged(local, managed)).toEqual({ ...local, callingHostUrl: 'https://calls.contoso.example/acs/', confirmPageCalls: false });
    expect(isLocked(managed, 'callingHostUrl')).toBe(true);
    expect(isLocked(managed, 'displayName')).toBe(false);
  });

  it('saves the agent’s own values of locked fields, so lifting the policy gives them back', () => {
    const own = { ...DEFAULT_SETTINGS, callingHostUrl: 'https://mine.example/', displayName: 'Sam', confirmPageCalls: true };
    const managed = readManaged({ callingHostUrl: 'https://calls.contoso.example/acs/', confirmPageCalls: false });
    const edited = { ...withManaged(own, managed), displayName: 'Sam Lee' };
    const saved = withOwnValues(edited, own, managed);
    expect(saved).toEqual({ ...own, displayName: 'Sam Lee' });
    expect(withManaged(saved, managed)).toEqual(edited);
    expect(withOwnValues(edited, own, NO_MANAGED)).toEqual(edited);
  });

  it('drops and names each value that does not parse, keeping the rest', () => {
    const managed = readManaged({
      engine: 'teams',
      callingHostUrl: 'http://calls.contoso.example/',
      callerId: '555',
      sites: ['<all_urls>'],
      hangUpAfterTransfer: 'yes',
      displayName: 'Desk',
      managedBy: 42,
    });
    expect(managed.settings).toEqual({ displayName: 'Desk' });
    expect(managed.ignored).toEqual(['engine', 'callingHostUrl', 'callerId', 'hangUpAfterTransfer', 'sites']);
    expect(managed.sites).toBeUndefined();
    expect(managed.managedBy).toBe('');
  });

  it('treats anything but an object as no policy', () => {
    for (const stored of [undefined, null, 'acs', 7]) expect(readManaged(stored)).toEqual(NO_MANAGED);
    expect(withManaged(DEFAULT_SETTINGS, readManaged({}))).toEqual(DEFAULT_SETTINGS);
  });

  it('is declared in the manifest by a schema whose policies are exactly the managed fields, sites and managedBy', () => {
    expect(manifest.storage?.managed_schema).toBe('managed-schema.json');
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties).sort()).toEqual([...MANAGED_FIELDS, 'sites', 'managedBy'].sort());
    for (const key of MANAGED_FIELDS) {
      const type = typeof DEFAULT_SETTINGS[key];
      expect(schema.properties[key]?.type, key).toBe(type);
    }
    expect(schema.properties.engine?.enum).toEqual(SettingsSchema.entries.engine.options);
    expect(schema.properties.logLevel?.enum).toEqual([...LOG_LEVELS]);
  });
});

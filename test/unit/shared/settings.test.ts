import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readSettings } from '../../../src/shared/settings.ts';

describe('readSettings', () => {
  it('returns defaults for nothing stored or garbage', () => {
    expect(readSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(readSettings('settings')).toEqual(DEFAULT_SETTINGS);
    expect(readSettings(null)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid stored settings as they are', () => {
    const stored = { ...DEFAULT_SETTINGS, engine: 'acs', callerId: '+14255550100', defaultCountry: 'ES' };
    expect(readSettings(stored)).toEqual(stored);
  });

  it('replaces only the fields that do not validate, and drops unknown ones', () => {
    const stored = { ...DEFAULT_SETTINGS, callerId: '555-0100', displayName: 'Sam', simulatorTimeScale: -3, injected: '<b>' };
    expect(readSettings(stored)).toEqual({ ...DEFAULT_SETTINGS, displayName: 'Sam' });
  });
});

describe('calling host address', () => {
  it.each([
    ['https://calls.contoso.example/acs/', true],
    ['http://localhost:8080/', true],
    ['', true],
    ['http://calls.contoso.example/', false],
    ['http://127.0.0.1:8080/', false],
    ['https://user:secret@calls.contoso.example/', false],
    ['javascript:alert(1)', false],
    ['calls.contoso.example', false],
  ])('%j is %s', (callingHostUrl, valid) => {
    expect(readSettings({ ...DEFAULT_SETTINGS, callingHostUrl }).callingHostUrl).toBe(valid ? callingHostUrl : '');
  });
});

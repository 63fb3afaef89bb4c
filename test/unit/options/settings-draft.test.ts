import { describe, expect, it, vi } from 'vitest';
import { describeIssues } from '../../../src/options/field-messages.ts';
import { checkDraft, toDraft, type SettingsDraft } from '../../../src/options/settings-draft.ts';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings.ts';

vi.mock('../../../src/platform/browser.ts', async () => (await import('../popup/i18n-stub.ts')).fakeBrowserModule());

function errorsFor(changes: Partial<SettingsDraft>) {
  const check = checkDraft({ ...toDraft(DEFAULT_SETTINGS), ...changes });
  return check.isValid ? {} : describeIssues(check.issues, 'en');
}

describe('checking the options draft', () => {
  it('parses a valid draft into settings, reading a decimal comma', () => {
    const check = checkDraft({ ...toDraft(DEFAULT_SETTINGS), simulatorTimeScale: ' 0,5 ', callerId: ' +14255550123 ' });

    expect(check).toEqual({
      isValid: true,
      settings: { ...DEFAULT_SETTINGS, simulatorTimeScale: 0.5, callerId: '+14255550123' },
    });
  });

  it.each([
    [{ simulatorTimeScale: '' }, { simulatorTimeScale: 'Enter a number' }],
    [{ simulatorTimeScale: 'fast' }, { simulatorTimeScale: 'Enter a number' }],
    [{ simulatorTimeScale: '0' }, { simulatorTimeScale: 'Enter 0.01 or more' }],
    [{ simulatorTimeScale: '20' }, { simulatorTimeScale: 'Enter 10 or less' }],
    [{ displayName: 'x'.repeat(65) }, { displayName: 'Use 64 characters or fewer' }],
    [{ callerId: '0044 20 7946 0958' }, { callerId: 'Enter a number in E.164 form such as +14255550123, or leave this empty' }],
    [{ defaultCountry: 'gb' }, { defaultCountry: 'Choose a country from the list' }],
  ])('explains %o', (changes, errors) => {
    expect(errorsFor(changes)).toEqual(errors);
  });

  it('explains every invalid field at once', () => {
    const errors = errorsFor({ simulatorTimeScale: '', callerId: '12' });

    expect(Object.keys(errors)).toEqual(['simulatorTimeScale', 'callerId']);
  });
});

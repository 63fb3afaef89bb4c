import { describe, expect, it, vi } from 'vitest';
import { describeIssues } from '../../../src/options/field-messages.ts';
import { checkDraft, toDraft } from '../../../src/options/settings-draft.ts';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings.ts';

vi.mock('../../../src/platform/browser.ts', async () =>
  (await import('../popup/i18n-stub.ts')).fakeBrowserModule('es'),
);

describe('field messages in Spanish', () => {
  it('write the limit the way Spanish writes numbers', () => {
    const check = checkDraft({ ...toDraft(DEFAULT_SETTINGS), simulatorTimeScale: '0' });

    const errors = check.isValid ? {} : describeIssues(check.issues, 'es-ES');

    expect(errors).toEqual({ simulatorTimeScale: 'Escribe 0,01 o más' });
  });
});

// Why a field is invalid, in the UI language. Limits are read from the failing schema check
// (issue.requirement), so the words cannot drift from SettingsSchema.
import type * as v from 'valibot';
import { t, type MessageKey } from '../platform/i18n.ts';
import type { FieldIssues, SettingsField } from './settings-draft.ts';

export type FieldMessages = Partial<Record<SettingsField, string>>;

/** Fields whose rule is a format, which a generic "too long" or "too small" would not explain. */
const FORMAT_MESSAGES: Partial<Record<SettingsField, MessageKey>> = {
  callerId: 'options_invalid_callerId',
  defaultCountry: 'options_invalid_defaultCountry',
  callingHostUrl: 'options_invalid_callingHostUrl',
};

function describeIssue(field: SettingsField, issue: v.BaseIssue<unknown>, locale: string): string {
  const formatMessage = FORMAT_MESSAGES[field];
  if (formatMessage) return t(formatMessage);
  const limit = typeof issue.requirement === 'number' ? new Intl.NumberFormat(locale).format(issue.requirement) : '';
  switch (issue.type) {
    case 'number':
      return t('options_invalid_number');
    case 'min_value':
      return t('options_invalid_min', limit);
    case 'max_value':
      return t('options_invalid_max', limit);
    case 'max_length':
      return t('options_invalid_maxLength', limit);
    default:
      return t('options_invalidValue');
  }
}

export function describeIssues(issues: FieldIssues, locale: string): FieldMessages {
  const messages: FieldMessages = {};
  for (const [field, issue] of Object.entries(issues) as [SettingsField, v.BaseIssue<unknown>][]) {
    messages[field] = describeIssue(field, issue, locale);
  }
  return messages;
}

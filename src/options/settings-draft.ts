// The options form edits a draft: the time scale holds what was typed, and SettingsSchema alone
// decides what may be saved.
import * as v from 'valibot';
import { SettingsSchema, type Settings } from '../shared/settings.ts';

export type SettingsDraft = Omit<Settings, 'simulatorTimeScale'> & { simulatorTimeScale: string };
export type SettingsField = keyof Settings;
export type FieldIssues = Partial<Record<SettingsField, v.BaseIssue<unknown>>>;
export type DraftCheck = { isValid: true; settings: Settings } | { isValid: false; issues: FieldIssues };

export function toDraft(settings: Settings): SettingsDraft {
  return { ...settings, simulatorTimeScale: String(settings.simulatorTimeScale) };
}

export function isSameDraft(a: SettingsDraft, b: SettingsDraft): boolean {
  return (Object.keys(a) as (keyof SettingsDraft)[]).every((key) => a[key] === b[key]);
}

function isSettingsField(key: unknown): key is SettingsField {
  return typeof key === 'string' && key in SettingsSchema.entries;
}

/** The first issue of each field, which is the one the form shows. */
function issuesByField(issues: readonly v.BaseIssue<unknown>[]): FieldIssues {
  const byField: FieldIssues = {};
  for (const issue of issues) {
    const field = issue.path?.[0]?.key;
    if (isSettingsField(field)) byField[field] ??= issue;
  }
  return byField;
}

export function checkDraft(draft: SettingsDraft): DraftCheck {
  // A decimal comma is how half the UI languages write 0,5; and an empty field must fail as
  // "not a number" rather than pass as Number('') === 0.
  const scale = draft.simulatorTimeScale.trim().replace(',', '.');
  const candidate = {
    ...draft,
    simulatorTimeScale: scale === '' ? Number.NaN : Number(scale),
    callerId: draft.callerId.trim(),
  };
  const result = v.safeParse(SettingsSchema, candidate, { abortPipeEarly: true });
  return result.success
    ? { isValid: true, settings: result.output }
    : { isValid: false, issues: issuesByField(result.issues) };
}

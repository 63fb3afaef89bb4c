import type { Settings } from '../shared/settings.ts';
import type { FieldMessages } from './field-messages.ts';
import type { SettingsDraft } from './settings-draft.ts';

/** What every part of the options form gets: the draft, its field errors, and a way to change it. */
export interface SectionProps {
  draft: SettingsDraft;
  errors: FieldMessages;
  edit: (changes: Partial<SettingsDraft>) => void;
  /** Who set a field by policy, in words ("Set by Contoso IT"); undefined for a field the agent may change. */
  lockedBy: (field: keyof Settings) => string | undefined;
}

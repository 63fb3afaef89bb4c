// The options form as a pure reducer: what is stored, what the agent is editing, how saving went.
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings.ts';
import { isSameDraft, toDraft, type SettingsDraft } from './settings-draft.ts';

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'failed'; message: string };

export interface SettingsFormState {
  isLoaded: boolean;
  stored: Settings;
  draft: SettingsDraft;
  status: SaveStatus;
}

export type SettingsFormAction =
  | { type: 'stored'; settings: Settings }
  | { type: 'edited'; changes: Partial<SettingsDraft> }
  | { type: 'saving' }
  | { type: 'saved' }
  | { type: 'saveFailed'; message: string };

export const INITIAL_FORM_STATE: SettingsFormState = {
  isLoaded: false,
  stored: DEFAULT_SETTINGS,
  draft: toDraft(DEFAULT_SETTINGS),
  status: { kind: 'idle' },
};

/** Settings arrived from storage (on load, or saved elsewhere): follow them unless the agent is mid-edit. */
function adoptStored(state: SettingsFormState, settings: Settings): SettingsFormState {
  const isEditing = state.isLoaded && !isSameDraft(state.draft, toDraft(state.stored));
  return { ...state, isLoaded: true, stored: settings, draft: isEditing ? state.draft : toDraft(settings) };
}

export function reduceSettingsForm(state: SettingsFormState, action: SettingsFormAction): SettingsFormState {
  switch (action.type) {
    case 'stored':
      return adoptStored(state, action.settings);
    case 'edited':
      return { ...state, draft: { ...state.draft, ...action.changes }, status: { kind: 'idle' } };
    case 'saving':
      return { ...state, status: { kind: 'saving' } };
    case 'saved':
      return { ...state, status: { kind: 'saved' } };
    case 'saveFailed':
      return { ...state, status: { kind: 'failed', message: action.message } };
  }
}

import { useCallback, useEffect, useMemo, useReducer, useRef } from 'preact/hooks';
import { checkDraft, type DraftCheck, type SettingsDraft } from './settings-draft.ts';
import { INITIAL_FORM_STATE, reduceSettingsForm, type SettingsFormState } from './settings-form-state.ts';
import { followSettings, saveSettings } from '../shared/settings-store.ts';
import type { StorageArea } from '../shared/storage-item.ts';
import { withManaged, withOwnValues, type ManagedConfig } from '../shared/managed.ts';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings.ts';

export interface SettingsForm {
  state: SettingsFormState;
  check: DraftCheck;
  edit: (changes: Partial<SettingsDraft>) => void;
  save: () => Promise<void>;
}

/**
 * The options form wired to a storage area: loads, follows outside changes, validates live, saves.
 * It shows the settings in force, the admin's managed values over the agent's own; a locked field
 * cannot be edited, and saving keeps the agent's own value for it (shared/managed.ts).
 */
export function useSettingsForm(storage: StorageArea, managed: ManagedConfig): SettingsForm {
  const [state, dispatch] = useReducer(reduceSettingsForm, INITIAL_FORM_STATE);
  const own = useRef<Settings>(DEFAULT_SETTINGS);
  useEffect(
    () =>
      followSettings(storage, (settings) => {
        own.current = settings;
        dispatch({ type: 'stored', settings: withManaged(settings, managed) });
      }),
    [storage, managed],
  );
  const check = useMemo(() => checkDraft(state.draft), [state.draft]);
  const edit = useCallback((changes: Partial<SettingsDraft>) => dispatch({ type: 'edited', changes }), []);
  const save = useCallback(async () => {
    if (!check.isValid) return;
    dispatch({ type: 'saving' });
    try {
      await saveSettings(storage, withOwnValues(check.settings, own.current, managed));
      dispatch({ type: 'saved' });
    } catch (error) {
      dispatch({ type: 'saveFailed', message: error instanceof Error ? error.message : String(error) });
    }
  }, [storage, check, managed]);
  return { state, check, edit, save };
}

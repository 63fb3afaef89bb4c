import { t, uiLocale } from '../platform/i18n.ts';
import { CallingSection, TransfersSection } from './calling-sections.tsx';
import { EngineSection, SimulatorSection } from './engine-sections.tsx';
import { describeIssues } from './field-messages.ts';
import type { SaveStatus } from './settings-form-state.ts';
import type { SettingsStorage } from '../shared/settings-store.ts';
import { useSettingsForm } from './use-settings-form.ts';

function saveMessage(isValid: boolean, status: SaveStatus): string {
  if (!isValid) return t('options_fixErrors');
  switch (status.kind) {
    case 'idle':
      return '';
    case 'saving':
      return t('options_saving');
    case 'saved':
      return t('options_saved');
    case 'failed':
      return t('options_saveFailed', status.message);
  }
}

/** The settings form. `storage` is chrome.storage.local in the extension and a fake in tests. */
export function OptionsPage({ storage }: { storage: SettingsStorage }) {
  const { state, check, edit, save } = useSettingsForm(storage);
  if (!state.isLoaded) return <p class="options">{t('options_loading')}</p>;
  const errors = check.isValid ? {} : describeIssues(check.issues, uiLocale());
  const sectionProps = { draft: state.draft, errors, edit };
  return (
    <main class="options">
      <h1 class="options__title">{t('options_title')}</h1>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <EngineSection {...sectionProps} />
        <SimulatorSection {...sectionProps} />
        <CallingSection {...sectionProps} />
        <TransfersSection {...sectionProps} />
        <div class="save-bar">
          <button
            type="submit"
            class="button button--primary"
            data-testid="save"
            disabled={!check.isValid || state.status.kind === 'saving'}
          >
            {t('options_save')}
          </button>
          <p class="save-bar__status" role="status" data-testid="save-status">
            {saveMessage(check.isValid, state.status)}
          </p>
        </div>
      </form>
    </main>
  );
}

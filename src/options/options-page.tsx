import { t, uiLocale } from '../platform/i18n.ts';
import { CallingSection, TransfersSection } from './calling-sections.tsx';
import { EngineSection, SimulatorSection } from './engine-sections.tsx';
import { describeIssues } from './field-messages.ts';
import type { SaveStatus } from './settings-form-state.ts';
import type { StorageArea } from '../shared/storage-item.ts';
import type { Settings } from '../shared/settings.ts';
import { NO_MANAGED, isLocked, type ManagedConfig } from '../shared/managed.ts';
import { useSettingsForm } from './use-settings-form.ts';
import { HistorySection } from './history-section.tsx';
import { ShortcutsSection, type ShortcutsApi } from './shortcuts-section.tsx';
import { SitesSection } from './sites-section.tsx';
import { ManagedSites } from './managed-sites.tsx';
import { DevicesSection, type DeviceSource } from './devices-section.tsx';
import { DiagnosticsSection, type DiagnosticsActions } from './diagnostics-section.tsx';

/** Who set a field by policy, in words; undefined for a field the agent may change. */
function lockedText(managed: ManagedConfig, field: keyof Settings): string | undefined {
  if (!isLocked(managed, field)) return undefined;
  return managed.managedBy ? t('options_lockedBy', managed.managedBy) : t('options_lockedByOrganisation');
}

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

interface OptionsPageProps {
  storage: StorageArea;
  /** What an admin set by policy (storage.managed); none by default. */
  managed?: ManagedConfig;
  /** Omitted where there is no chrome.commands (unit tests of the settings form). */
  shortcuts?: ShortcutsApi;
  /** Omitted where there is no session to ask (unit tests of the settings form). */
  devices?: DeviceSource;
  diagnostics?: DiagnosticsActions;
  /** Saved settings wait for the current call to end before the session gets a new engine. */
  settingsPending?: boolean;
}

/**
 * The settings form, then the shortcuts and the transfer history, which are not settings and sit
 * outside the form. `storage` is chrome.storage.local in the extension and a fake in tests.
 */
export function OptionsPage({ storage, managed = NO_MANAGED, shortcuts, devices, diagnostics, settingsPending = false }: OptionsPageProps) {
  const { state, check, edit, save } = useSettingsForm(storage, managed);
  if (!state.isLoaded) return <p class="options">{t('options_loading')}</p>;
  const errors = check.isValid ? {} : describeIssues(check.issues, uiLocale());
  const sectionProps = { draft: state.draft, errors, edit, lockedBy: (field: keyof Settings) => lockedText(managed, field) };
  return (
    <main class="options">
      <h1 class="options__title">{t('options_title')}</h1>
      <p>
        <a href="../onboarding/index.html" data-testid="open-onboarding">
          {t('onboarding_fromOptions')}
        </a>
      </p>
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
        {devices && <DevicesSection {...sectionProps} source={devices} />}
        {diagnostics && <DiagnosticsSection {...sectionProps} actions={diagnostics} />}
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
          {settingsPending && (
            <p class="save-bar__status" data-testid="settings-pending">
              {t('settings_pendingAfterCall')}
            </p>
          )}
        </div>
      </form>
      <SitesSection storage={storage} />
      {managed.sites && <ManagedSites sites={managed.sites} lockedBy={managed.managedBy ? t('options_lockedBy', managed.managedBy) : t('options_lockedByOrganisation')} />}
      {shortcuts && <ShortcutsSection api={shortcuts} />}
      <HistorySection storage={storage} locale={uiLocale()} />
    </main>
  );
}

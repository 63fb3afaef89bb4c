// "Keyboard shortcuts" in the options page (issue 4, point 4): the keys Chrome has assigned to each
// command. Only Chrome's own page can change them, so the section links there, and it reads the
// keys again when the agent comes back to this tab.
import { useEffect, useId, useState } from 'preact/hooks';
import { t } from '../platform/i18n.ts';
import './tables.css';

export interface ShortcutInfo {
  name: string;
  /** From manifest.json, localised by Chrome; empty for `_execute_action`. */
  description: string;
  /** Empty when no keys are assigned (Chrome skips a suggested key that is already taken). */
  shortcut: string;
}

/** chrome.commands and chrome.tabs in the extension (see main.tsx), a fake in tests. */
export interface ShortcutsApi {
  getAll(): Promise<ShortcutInfo[]>;
  openShortcutSettings(): void;
}

type Loaded = { kind: 'loading' } | { kind: 'loaded'; commands: ShortcutInfo[] } | { kind: 'failed'; message: string };

function useShortcuts(api: ShortcutsApi): Loaded {
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  useEffect(() => {
    const load = (): void => {
      api.getAll().then(
        (commands) => setLoaded({ kind: 'loaded', commands }),
        (error: unknown) => setLoaded({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
      );
    };
    load();
    window.addEventListener('focus', load);
    return () => window.removeEventListener('focus', load);
  }, [api]);
  return loaded;
}

function commandLabel(command: ShortcutInfo): string {
  return command.name === '_execute_action' ? t('shortcuts_openConsole') : command.description || command.name;
}

function ShortcutTable({ commands, labelledBy }: { commands: ShortcutInfo[]; labelledBy: string }) {
  return (
    <table class="data-table" aria-labelledby={labelledBy} data-testid="shortcuts-table">
      <thead>
        <tr>
          <th scope="col">{t('shortcuts_action')}</th>
          <th scope="col">{t('shortcuts_keys')}</th>
        </tr>
      </thead>
      <tbody>
        {commands.map((command) => (
          <tr key={command.name} data-command={command.name}>
            <th scope="row">{commandLabel(command)}</th>
            <td>{command.shortcut ? <kbd>{command.shortcut}</kbd> : t('shortcuts_notSet')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ShortcutsSection({ api }: { api: ShortcutsApi }) {
  const loaded = useShortcuts(api);
  const headingId = useId();
  return (
    <section class="section" aria-labelledby={headingId} data-testid="shortcuts">
      <h2 id={headingId} class="section__title">
        {t('shortcuts_legend')}
      </h2>
      <p class="field__help">{t('shortcuts_help')}</p>
      {loaded.kind === 'loaded' && <ShortcutTable commands={loaded.commands} labelledBy={headingId} />}
      {loaded.kind === 'failed' && <p class="field__error">{t('shortcuts_loadFailed', loaded.message)}</p>}
      <div class="section__actions">
        <button type="button" class="button" data-testid="shortcuts-change" onClick={() => api.openShortcutSettings()}>
          {t('shortcuts_change')}
        </button>
      </div>
    </section>
  );
}

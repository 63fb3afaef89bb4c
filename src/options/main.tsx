// The options page's edge: the only place that touches the browser.
import { render } from 'preact';
import { signal } from '@preact/signals';
import { browser } from '../platform/browser.ts';
import { t, uiLocale } from '../platform/i18n.ts';
import { sendToBackground } from '../platform/messages.ts';
import { SNAPSHOT_KEY } from '../shared/schemas.ts';
import { loadSettings } from '../shared/settings-store.ts';
import { NO_MANAGED, withManaged } from '../shared/managed.ts';
import { followManaged, loadManaged } from '../shared/managed-store.ts';
import { OptionsPage } from './options-page.tsx';
import type { ShortcutsApi } from './shortcuts-section.tsx';
import { sessionDeviceSource } from './devices-section.tsx';
import { collectDiagnostics, type DiagnosticsActions } from './diagnostics-section.tsx';
import { followSessionStatus } from '../platform/session-status-store.ts';
import './options.css';

document.documentElement.lang = uiLocale();
document.title = t('options_title');
const shortcuts: ShortcutsApi = {
  getAll: async () =>
    (await browser.commands.getAll()).map(({ name = '', description = '', shortcut = '' }) => ({ name, description, shortcut })),
  // Only Chrome's own page may change the keys; extension pages may open it in a tab.
  openShortcutSettings: () => void browser.tabs.create({ url: 'chrome://extensions/shortcuts' }),
};

const devices = sessionDeviceSource(() => sendToBackground({ to: 'background', kind: 'listDevices' }), navigator.mediaDevices);
const diagnostics: DiagnosticsActions = {
  collect: (includeCallDetails) =>
    collectDiagnostics(
      {
        ask: () => sendToBackground({ to: 'background', kind: 'getDiagnostics' }),
        readSnapshot: async () => (await browser.storage.session.get(SNAPSHOT_KEY))[SNAPSHOT_KEY],
        readSettings: async () => withManaged(await loadSettings(browser.storage.local), await loadManaged(browser.storage.managed)),
        extensionVersion: browser.runtime.getManifest().version,
        userAgent: navigator.userAgent,
        now: Date.now,
      },
      includeCallDetails,
    ),
  // Chrome lets the focused extension page write the clipboard even after the click's await.
  copy: (text) => navigator.clipboard.writeText(text),
};

const settingsPending = signal(false);
const managed = signal(NO_MANAGED);
followManaged(browser.storage.managed, browser.storage, (policy) => {
  managed.value = policy;
});
followSessionStatus((status) => {
  settingsPending.value = status.settingsPending;
});

function App() {
  const sections = { shortcuts, devices, diagnostics };
  return <OptionsPage storage={browser.storage.local} managed={managed.value} {...sections} settingsPending={settingsPending.value} />;
}

const root = document.getElementById('app');
if (root) render(<App />, root);

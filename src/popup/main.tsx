// The popup's edge: the only place that touches the browser. Everything below renders props.
import { render } from 'preact';
import { signal } from '@preact/signals';
import type { EngineSnapshot } from '../shared/engine.ts';
import type { EngineCommand } from '../shared/protocol.ts';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings.ts';
import { browser } from '../platform/browser.ts';
import { t, uiLocale } from '../platform/i18n.ts';
import { sendToBackground } from '../platform/messages.ts';
import { followSnapshot } from '../platform/snapshot-store.ts';
import { followSettings } from '../shared/settings-store.ts';
import { Popup } from './popup.tsx';
import './popup.css';

const snapshot = signal<EngineSnapshot | undefined>(undefined);
const settings = signal<Settings>(DEFAULT_SETTINGS);

function sendCommand(command: EngineCommand) {
  return sendToBackground({ to: 'background', kind: 'command', command });
}

function openOptions(): void {
  void browser.runtime.openOptionsPage();
}

function App() {
  return <Popup snapshot={snapshot.value} settings={settings.value} send={sendCommand} openOptions={openOptions} />;
}

followSnapshot((next) => {
  snapshot.value = next;
});
followSettings(browser.storage.local, (next) => {
  settings.value = next;
});

document.documentElement.lang = uiLocale();
document.title = t('popup_title');
const root = document.getElementById('app');
if (root) render(<App />, root);

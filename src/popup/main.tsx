// The popup's edge: the only place that touches the browser. Everything below renders props.
// First: its read of storage.session is answered while the other modules are evaluated.
import { sessionArea } from '../platform/session-read-ahead.ts';
import { render } from 'preact';
import { signal } from '@preact/signals';
import type { EngineSnapshot } from '../shared/engine.ts';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings.ts';
import { browser } from '../platform/browser.ts';
import { t, uiLocale } from '../platform/i18n.ts';
import { sendCommand } from '../platform/messages.ts';
import { followSnapshot } from '../platform/snapshot-store.ts';
import { followSessionStatus, keepSessionChecked } from '../platform/session-status-store.ts';
import { SESSION_UP, type SessionStatus } from '../shared/session-status.ts';
import { followSettings } from '../shared/settings-store.ts';
import { NO_MANAGED, withManaged } from '../shared/managed.ts';
import { followManaged } from '../shared/managed-store.ts';
import { browserTabs, listPageTargets } from './page-targets.ts';
import type { TargetSources } from './pick-lists.ts';
import { Popup } from './popup.tsx';
import type { SiteToggleProps } from './site-toggle.tsx';
import { followSiteToggle } from './site-toggle-source.ts';
import './popup.css';

const snapshot = signal<EngineSnapshot | undefined>(undefined);
const settings = signal<Settings>(DEFAULT_SETTINGS);
const siteToggle = signal<SiteToggleProps | undefined>(undefined);
const session = signal<SessionStatus>(SESSION_UP);

function openOptions(): void {
  void browser.runtime.openOptionsPage();
}

const tabs = browserTabs(browser);

const sources: TargetSources = {
  listPageTargets: () => listPageTargets(tabs),
  storage: browser.storage.local,
};

function App() {
  return (
    <Popup
      snapshot={snapshot.value}
      settings={settings.value}
      session={session.value}
      send={sendCommand}
      openOptions={openOptions}
      sources={sources}
      site={siteToggle.value}
    />
  );
}

followSnapshot((next) => {
  snapshot.value = next;
}, sessionArea);
followSessionStatus((next) => {
  session.value = next;
}, sessionArea);
// The popup makes sure of the session when it opens, and while it is open (shared/session-status.ts).
keepSessionChecked();
// The settings in force: the agent's own under what an admin set by policy (shared/managed.ts).
let local: Settings | undefined;
let managed = NO_MANAGED;
const showSettings = (): void => {
  if (local) settings.value = withManaged(local, managed);
};
followSettings(browser.storage.local, (next) => {
  local = next;
  showSettings();
});
followManaged(browser.storage.managed, browser.storage, (next) => {
  managed = next;
  showSettings();
});
followSiteToggle(browser.storage.local, (next) => {
  siteToggle.value = next;
});

document.documentElement.lang = uiLocale();
document.title = t('popup_title');
const root = document.getElementById('app');
if (root) render(<App />, root);

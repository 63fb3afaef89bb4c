import { useRef } from 'preact/hooks';
import type { EngineSnapshot } from '../shared/engine.ts';
import type { Settings } from '../shared/settings.ts';
import { isHostLost, isRestarting, type SessionStatus } from '../shared/session-status.ts';
import { t } from '../platform/i18n.ts';
import { CallConsole } from './call-console.tsx';
import { CommandFailure } from './command-failure.tsx';
import { ConnectionBar } from './connection-bar.tsx';
import { ConnectionNotice } from './connection-notice.tsx';
import { LiveAnnouncer } from './live-announcer.tsx';
import type { TargetSources } from './pick-lists.ts';
import { useReportedSend, type Send } from './send.ts';
import { SimulatorControls } from './simulator-controls.tsx';
import { SiteToggle, type SiteToggleProps } from './site-toggle.tsx';
import { useFocusRescue } from './use-focus-rescue.ts';

export interface PopupProps {
  /** Undefined until the first snapshot arrives from the storage.session mirror. */
  snapshot: EngineSnapshot | undefined;
  settings: Settings;
  /** What the worker knows of the session owner: restarting, settings waiting for the call to end. */
  session: SessionStatus;
  send: Send;
  openOptions: () => void;
  /** The current tab's targets and the recent ones, for the transfer panel and the dial box. */
  sources: TargetSources;
  /** "Enable on this site"; absent until the active tab and the stored sites are known. */
  site?: SiteToggleProps | undefined;
}

/** The call console: a projection of the engine snapshot, plus the commands the agent gives. */
export function Popup({ snapshot, settings, session, send, openOptions, sources, site }: PopupProps) {
  const command = useReportedSend(send);
  const popup = useRef<HTMLDivElement>(null);
  const consoleRegion = useRef<HTMLElement>(null);
  useFocusRescue(popup, consoleRegion);
  // A restarting session's last snapshot is not the truth: its calls are not shown, never a ghost.
  const restarting = isRestarting(session) || isHostLost(snapshot);
  return (
    <div class="popup" ref={popup}>
      <header class="topbar">
        <h1 class="visually-hidden">{t('popup_title')}</h1>
        <ConnectionBar snapshot={snapshot} restarting={restarting} />
        <button type="button" class="button button--quiet" data-testid="open-options" onClick={openOptions}>
          {t('popup_openOptions')}
        </button>
      </header>
      <ConnectionNotice snapshot={snapshot} restarting={restarting} openOptions={openOptions} />
      {session.settingsPending && (
        <p class="notice" data-testid="settings-pending">
          {t('settings_pendingAfterCall')}
        </p>
      )}
      {command.failure && <CommandFailure error={command.failure} onClose={command.clearFailure} />}
      <main class="console" ref={consoleRegion} tabIndex={-1}>
        {snapshot && !restarting && <CallConsole snapshot={snapshot} settings={settings} send={command.send} sources={sources} />}
      </main>
      {snapshot?.engine === 'simulated' && <SimulatorControls send={command.send} />}
      {site && <SiteToggle {...site} />}
      <LiveAnnouncer snapshot={snapshot} />
    </div>
  );
}

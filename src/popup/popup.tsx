import { useRef } from 'preact/hooks';
import type { EngineSnapshot } from '../shared/engine.ts';
import type { Settings } from '../shared/settings.ts';
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
  send: Send;
  openOptions: () => void;
  /** The current tab's targets and the recent ones, for the transfer panel and the dial box. */
  sources: TargetSources;
  /** "Enable on this site"; absent until the active tab and the stored sites are known. */
  site?: SiteToggleProps | undefined;
}

/** The call console: a projection of the engine snapshot, plus the commands the agent gives. */
export function Popup({ snapshot, settings, send, openOptions, sources, site }: PopupProps) {
  const command = useReportedSend(send);
  const popup = useRef<HTMLDivElement>(null);
  const consoleRegion = useRef<HTMLElement>(null);
  useFocusRescue(popup, consoleRegion);
  return (
    <div class="popup" ref={popup}>
      <header class="topbar">
        <h1 class="visually-hidden">{t('popup_title')}</h1>
        <ConnectionBar snapshot={snapshot} />
        <button type="button" class="button button--quiet" data-testid="open-options" onClick={openOptions}>
          {t('popup_openOptions')}
        </button>
      </header>
      <ConnectionNotice snapshot={snapshot} openOptions={openOptions} />
      {command.failure && <CommandFailure error={command.failure} onClose={command.clearFailure} />}
      <main class="console" ref={consoleRegion} tabIndex={-1}>
        {snapshot && <CallConsole snapshot={snapshot} settings={settings} send={command.send} sources={sources} />}
      </main>
      {snapshot?.engine === 'simulated' && <SimulatorControls send={command.send} />}
      {site && <SiteToggle {...site} />}
      <LiveAnnouncer snapshot={snapshot} />
    </div>
  );
}

import { useId } from 'preact/hooks';
import type { EngineSnapshot } from '../shared/engine.ts';
import type { Settings } from '../shared/settings.ts';
import { t } from '../platform/i18n.ts';
import { DialBox } from './dial-box.tsx';
import type { Send } from './send.ts';
import { SimulatorControls } from './simulator-controls.tsx';

interface IdlePanelProps {
  engine: EngineSnapshot['engine'];
  settings: Settings;
  send: Send;
}

/** What the console offers while no call is live: dialling, and with the simulator, demo events. */
export function IdlePanel({ engine, settings, send }: IdlePanelProps) {
  const headingId = useId();
  return (
    <section class="section" aria-labelledby={headingId}>
      <h2 id={headingId} class="section__title">
        {t('popup_noCall')}
      </h2>
      <DialBox settings={settings} send={send} />
      {engine === 'simulated' && <SimulatorControls send={send} />}
    </section>
  );
}

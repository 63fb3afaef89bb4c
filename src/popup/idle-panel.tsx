import { useId } from 'preact/hooks';
import type { EngineSnapshot } from '../shared/engine.ts';
import type { Settings } from '../shared/settings.ts';
import { t } from '../platform/i18n.ts';
import { CommandButton } from './command-button.tsx';
import { DialBox } from './dial-box.tsx';
import type { PickLists } from './pick-lists.ts';
import type { Send } from './send.ts';

interface IdlePanelProps {
  engine: EngineSnapshot['engine'];
  lists: PickLists;
  settings: Settings;
  send: Send;
}

/** What the console offers while no call is live: dialling, and with the simulator, a demo call. */
export function IdlePanel({ engine, lists, settings, send }: IdlePanelProps) {
  const headingId = useId();
  return (
    <section class="section" aria-labelledby={headingId}>
      <h2 id={headingId} class="section__title">
        {t('popup_noCall')}
      </h2>
      <DialBox lists={lists} settings={settings} send={send} />
      {engine === 'simulated' && (
        <div class="controls">
          <CommandButton send={send} command={{ type: 'simulate', scenario: 'demoCall' }} testId="demo-call">
            {t('popup_demoCall')}
          </CommandButton>
        </div>
      )}
    </section>
  );
}

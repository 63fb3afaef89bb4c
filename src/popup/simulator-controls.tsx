import { useId } from 'preact/hooks';
import type { Simulation } from '../shared/protocol.ts';
import { t } from '../platform/i18n.ts';
import { CommandButton } from './command-button.tsx';
import type { Send } from './send.ts';

const EVENTS = ['incomingCall', 'incomingTransfer'] as const satisfies readonly Simulation[];

/** Scripted events of the simulated engine, for trying the product without an Azure account. */
export function SimulatorControls({ send }: { send: Send }) {
  const labelId = useId();
  return (
    <div class="simulator">
      <CommandButton send={send} command={{ type: 'simulate', scenario: 'demoCall' }} testId="demo-call">
        {t('popup_demoCall')}
      </CommandButton>
      <div class="simulator__events" role="group" aria-labelledby={labelId}>
        <span id={labelId} class="simulator__label">
          {t('popup_simulate')}
        </span>
        {EVENTS.map((scenario) => (
          <CommandButton
            key={scenario}
            send={send}
            command={{ type: 'simulate', scenario }}
            testId={`simulate-${scenario}`}
            tone="quiet"
          >
            {t(`popup_simulate_${scenario}`)}
          </CommandButton>
        ))}
      </div>
    </div>
  );
}

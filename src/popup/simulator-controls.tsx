import type { Simulation } from '../shared/protocol.ts';
import { t } from '../platform/i18n.ts';
import { CommandButton } from './command-button.tsx';
import type { Send } from './send.ts';

const EVENTS = ['incomingCall', 'incomingTransfer', 'beingTransferred', 'groupCall', 'connectionLoss', 'tokenExpiry'] as const satisfies readonly Simulation[];

/**
 * Scripted events of the simulated engine, for trying the product without an Azure account.
 * Folded away at the foot of the popup: they are for demos and tests, not for agents.
 */
export function SimulatorControls({ send }: { send: Send }) {
  return (
    <details class="simulator" data-testid="simulator">
      <summary class="simulator__summary">{t('popup_simulate')}</summary>
      <div class="simulator__events">
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
    </details>
  );
}

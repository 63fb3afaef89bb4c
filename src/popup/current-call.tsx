import { useId } from 'preact/hooks';
import { isTransferable, type CallSnapshot } from '../shared/engine.ts';
import type { Settings } from '../shared/settings.ts';
import { t } from '../platform/i18n.ts';
import { CallCard, callDataAttributes } from './call-card.tsx';
import type { Send } from './send.ts';
import { useTargetInput } from './target-field.tsx';
import { TransferPanel } from './transfer-panel.tsx';

interface CurrentCallProps {
  call: CallSnapshot;
  settings: Settings;
  send: Send;
}

/** The call the agent is working on, with the transfer panel while it can be transferred. */
export function CurrentCall({ call, settings, send }: CurrentCallProps) {
  const headingId = useId();
  const transferInput = useTargetInput(settings.defaultCountry);
  return (
    <section class="section" aria-labelledby={headingId} data-testid="current-call" {...callDataAttributes(call)}>
      <h2 id={headingId} class="visually-hidden">
        {t('popup_currentCall')}
      </h2>
      <CallCard call={call} send={send} isCurrent />
      {isTransferable(call) && <TransferPanel call={call} input={transferInput} settings={settings} send={send} />}
    </section>
  );
}

import { useId } from 'preact/hooks';
import type { CallSnapshot, TransferMode } from '../shared/engine.ts';
import { canReceiveVoicemail } from '../shared/raw-id.ts';
import type { Settings } from '../shared/settings.ts';
import { t } from '../platform/i18n.ts';
import type { Send } from './send.ts';
import { TargetField, type TargetInput } from './target-field.tsx';

interface TransferPanelProps {
  call: CallSnapshot;
  /** Owned by the current call, so the target is still there to retry after a failed transfer. */
  input: TargetInput;
  settings: Settings;
  send: Send;
}

/** Blind transfer or transfer to voicemail of the current call; Enter transfers. */
export function TransferPanel({ call, input, settings, send }: TransferPanelProps) {
  const headingId = useId();
  const { target } = input;
  const transfer = (mode: Extract<TransferMode, 'participant' | 'voicemail'>): void => {
    if (!target) return;
    const request = {
      callId: call.id,
      mode,
      target,
      hangUpOnSuccess: settings.hangUpAfterTransfer,
      disableForwardingAndUnanswered: settings.disableForwardingAndUnanswered,
    };
    void send({ type: 'transfer', request });
  };
  return (
    <form
      class="panel"
      aria-labelledby={headingId}
      onSubmit={(event) => {
        event.preventDefault();
        transfer('participant');
      }}
    >
      <h3 id={headingId} class="panel__title">
        {t('popup_transferHeading')}
      </h3>
      <TargetField input={input} label={t('popup_transferTarget')} testId="transfer-target" />
      <div class="controls">
        <button type="submit" class="button button--primary" data-testid="transfer-blind" disabled={!target}>
          {t('popup_transfer')}
        </button>
        <button
          type="button"
          class="button"
          data-testid="transfer-voicemail"
          disabled={!target || !canReceiveVoicemail(target)}
          onClick={() => transfer('voicemail')}
        >
          {t('popup_voicemail')}
        </button>
      </div>
    </form>
  );
}

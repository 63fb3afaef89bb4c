import { useId } from 'preact/hooks';
import type { CallSnapshot } from '../shared/engine.ts';
import type { Settings } from '../shared/settings.ts';
import { t } from '../platform/i18n.ts';
import { ActionButton } from './action-button.tsx';
import { callStatusText, describeRemote } from './call-words.ts';
import { CommandButton } from './command-button.tsx';
import { cancelConsult, switchPair } from './call-sequences.ts';
import { canComplete, completeCommand, type ConsultPair } from './consult.ts';
import type { Send } from './send.ts';

interface ConsultBarProps {
  pair: ConsultPair;
  settings: Settings;
  send: Send;
}

function PairRow({ label, call }: { label: string; call: CallSnapshot }) {
  return (
    <div class="consult__row" data-call-id={call.id} data-call-state={call.state}>
      <dt class="consult__role">{label}</dt>
      <dd class="consult__party">
        {describeRemote(call).name} <span class="consult__state">{callStatusText(call)}</span>
      </dd>
    </div>
  );
}

function ConsultActions({ pair, settings, send, labelId }: ConsultBarProps & { labelId: string }) {
  const hasAnswered = pair.consult.connectedAt !== undefined;
  return (
    <div class="controls" role="group" aria-labelledby={labelId}>
      <CommandButton
        send={send}
        command={completeCommand(pair, settings.hangUpAfterTransfer)}
        testId="consult-complete"
        tone="primary"
        disabled={!canComplete(pair)}
      >
        {t('popup_consultComplete')}
      </CommandButton>
      <ActionButton onClick={() => switchPair(send, pair)} testId="consult-switch" disabled={!hasAnswered}>
        {t('popup_consultSwitch')}
      </ActionButton>
      <ActionButton onClick={() => cancelConsult(send, pair)} testId="consult-cancel" tone="danger">
        {t('popup_consultCancel')}
      </ActionButton>
    </div>
  );
}

/** The two calls of a consult transfer, and the three ways out of it: complete, switch, cancel. */
export function ConsultBar({ pair, settings, send }: ConsultBarProps) {
  const headingId = useId();
  const isCompleting = pair.original.transfer?.state === 'Transferring';
  return (
    <section class="consult" aria-labelledby={headingId} data-testid="consult-bar">
      <h3 id={headingId} class="consult__title">
        {t('popup_consultHeading')}
      </h3>
      <dl class="consult__calls">
        <PairRow label={t('popup_consultOriginal')} call={pair.original} />
        <PairRow label={t('popup_consultTarget')} call={pair.consult} />
      </dl>
      {isCompleting ? (
        <p class="consult__status">{t('popup_consultCompleting')}</p>
      ) : (
        <ConsultActions pair={pair} settings={settings} send={send} labelId={headingId} />
      )}
    </section>
  );
}

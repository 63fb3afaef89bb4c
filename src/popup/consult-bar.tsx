import { useId } from 'preact/hooks';
import type { CallSnapshot } from '../shared/engine.ts';
import { t } from '../platform/i18n.ts';
import { canComplete, type ConsultPair } from '../shared/consult.ts';
import { callStatusText, describeRemote } from './call-words.ts';
import { CommandButton } from './command-button.tsx';
import type { Send } from './send.ts';

interface ConsultBarProps {
  pair: ConsultPair;
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

/** Each button is one session command: the session finishes it even if the popup closes. */
function ConsultActions({ pair, send, labelId }: ConsultBarProps & { labelId: string }) {
  const { original, consult } = pair;
  const hasAnswered = consult.connectedAt !== undefined;
  const both = { callId: original.id, consultCallId: consult.id };
  const held = consult.state === 'LocalHold' ? consult : original;
  return (
    <div class="controls" role="group" aria-labelledby={labelId}>
      <CommandButton
        send={send}
        command={{ type: 'completeConsult', ...both }}
        testId="consult-complete"
        tone="primary"
        disabled={!canComplete(pair)}
      >
        {t('popup_consultComplete')}
      </CommandButton>
      <CommandButton send={send} command={{ type: 'switchTo', callId: held.id }} testId="consult-switch" disabled={!hasAnswered}>
        {t('popup_consultSwitch')}
      </CommandButton>
      <CommandButton send={send} command={{ type: 'cancelConsult', ...both }} testId="consult-cancel" tone="danger">
        {t('popup_consultCancel')}
      </CommandButton>
    </div>
  );
}

/** The two calls of a consult transfer, and the three ways out of it: complete, switch, cancel. */
export function ConsultBar({ pair, send }: ConsultBarProps) {
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
        <ConsultActions pair={pair} send={send} labelId={headingId} />
      )}
    </section>
  );
}

import type { CallSnapshot, TransferSnapshot } from '../shared/engine.ts';
import { t, uiLocale } from '../platform/i18n.ts';
import { describeRemote, transferredText, transferRequestedText } from './call-words.ts';
import { explainTransferFailure } from '../platform/error-words.ts';
import { formatClockTime } from './format.ts';
import type { TimelineModel } from './transfer-requests.ts';

function Clock({ at }: { at: number }) {
  return (
    <time class="timeline__time" dateTime={new Date(at).toISOString()}>
      {formatClockTime(at, uiLocale())}
    </time>
  );
}

function PendingStep({ transfer }: { transfer: TransferSnapshot | undefined }) {
  // Before the engine reports the transfer it is holding the call, which the SDK requires (docs/design.md).
  return (
    <li class="timeline__step timeline__step--pending" data-step="transferring">
      <span class="timeline__pulse" aria-hidden="true" />
      {transfer ? t('popup_transferWaiting') : t('popup_transferHolding')}
    </li>
  );
}

function FailedStep({ transfer, call }: { transfer: TransferSnapshot; call: CallSnapshot }) {
  const failure = explainTransferFailure(transfer);
  return (
    <li class="timeline__step timeline__step--failed" data-step="failed">
      <span class="timeline__title">{t('popup_transferFailed')}</span> <Clock at={transfer.updatedAt} />
      <span class="timeline__detail">{failure.reason}</span>
      {failure.code && <span class="timeline__code">{failure.code}</span>}
      {call.state === 'Connected' && (
        <span class="timeline__back" data-testid="back-on-call">
          {t('popup_backOnCall', describeRemote(call).name)}
        </span>
      )}
    </li>
  );
}

function OutcomeStep({ transfer, call }: { transfer: TransferSnapshot | undefined; call: CallSnapshot }) {
  switch (transfer?.state) {
    case undefined:
    case 'None':
    case 'Transferring':
      return <PendingStep transfer={transfer} />;
    case 'Transferred':
      return (
        <li class="timeline__step timeline__step--done" data-step="transferred">
          <span class="timeline__title">{transferredText(transfer)}</span> <Clock at={transfer.updatedAt} />
        </li>
      );
    case 'Failed':
      return <FailedStep transfer={transfer} call={call} />;
  }
}

interface TransferTimelineProps {
  model: TimelineModel;
  /** The transferred call, to say when a failed transfer has given it back to the agent. */
  call: CallSnapshot;
}

/** The latest transfer of a call: when it was asked for, and whether it is under way, done or failed (and why). */
export function TransferTimeline({ model, call }: TransferTimelineProps) {
  return (
    <ol class="timeline" aria-label={t('popup_transferProgress')} data-testid="transfer-timeline">
      <li class="timeline__step" data-step="requested">
        <span class="timeline__title">{transferRequestedText(model)}</span> <Clock at={model.requestedAt} />
      </li>
      <OutcomeStep transfer={model.transfer} call={call} />
    </ol>
  );
}

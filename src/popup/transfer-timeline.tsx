import type { TransferSnapshot } from '../shared/engine.ts';
import { t, uiLocale } from '../platform/i18n.ts';
import { transferredText, transferStartedText } from './call-words.ts';
import { explainTransferFailure } from './explain-error.ts';
import { formatClockTime } from './format.ts';

function Clock({ at }: { at: number }) {
  return (
    <time class="timeline__time" dateTime={new Date(at).toISOString()}>
      {formatClockTime(at, uiLocale())}
    </time>
  );
}

function FailedStep({ transfer }: { transfer: TransferSnapshot }) {
  const failure = explainTransferFailure(transfer);
  return (
    <li class="timeline__step timeline__step--failed">
      <span class="timeline__title">{t('popup_transferFailed')}</span> <Clock at={transfer.updatedAt} />
      <span class="timeline__detail">{failure.reason}</span>
      {failure.code && <span class="timeline__code">{failure.code}</span>}
    </li>
  );
}

function OutcomeStep({ transfer }: { transfer: TransferSnapshot }) {
  switch (transfer.state) {
    case 'None':
    case 'Transferring':
      return (
        <li class="timeline__step timeline__step--pending">
          <span class="timeline__pulse" aria-hidden="true" />
          {t('popup_transferWaiting')}
        </li>
      );
    case 'Transferred':
      return (
        <li class="timeline__step timeline__step--done">
          <span class="timeline__title">{transferredText(transfer)}</span> <Clock at={transfer.updatedAt} />
        </li>
      );
    case 'Failed':
      return <FailedStep transfer={transfer} />;
  }
}

/** The latest transfer of a call: when it started, and whether it is waiting, done or failed (and why). */
export function TransferTimeline({ transfer }: { transfer: TransferSnapshot }) {
  return (
    <ol class="timeline" aria-label={t('popup_transferProgress')} data-testid="transfer-timeline">
      <li class="timeline__step">
        <span class="timeline__title">{transferStartedText(transfer)}</span> <Clock at={transfer.startedAt} />
      </li>
      <OutcomeStep transfer={transfer} />
    </ol>
  );
}

// The transfer history as a table, newest first, in the UI language: dates by Intl, outcomes and
// errors in words (the error_<kind> messages the popup uses), the code kept for support.
import type { PartySnapshot } from '../shared/engine.ts';
import { classifyError, formatErrorCode } from '../shared/call-errors.ts';
import type { HistoryEntry } from '../shared/history.ts';
import { displayTarget } from '../shared/phone.ts';
import { t } from '../platform/i18n.ts';

interface HistoryTableProps {
  entries: readonly HistoryEntry[];
  locale: string;
  labelledBy: string;
}

function Party({ party }: { party: PartySnapshot }) {
  const number = displayTarget(party.rawId);
  if (!party.displayName) return <>{number}</>;
  return (
    <>
      {party.displayName}
      <span class="data-table__note">{number}</span>
    </>
  );
}

function failureReason(entry: HistoryEntry): string | undefined {
  if (entry.outcome !== 'Failed' || !entry.error) return undefined;
  return t('history_failure', [t(`error_${classifyError(entry.error)}`), formatErrorCode(entry.error)]);
}

function HistoryRow({ entry, dates }: { entry: HistoryEntry; dates: Intl.DateTimeFormat }) {
  const reason = failureReason(entry);
  return (
    <tr data-testid="history-row" data-outcome={entry.outcome}>
      <td>
        <time dateTime={new Date(entry.at).toISOString()}>{dates.format(entry.at)}</time>
      </td>
      <td>
        <Party party={entry.party} />
      </td>
      <td>{displayTarget(entry.target)}</td>
      <td>{t(`history_mode_${entry.mode}`)}</td>
      <td>
        {t(`history_outcome_${entry.outcome}`)}
        {reason && <span class="data-table__note">{reason}</span>}
      </td>
    </tr>
  );
}

export function HistoryTable({ entries, locale, labelledBy }: HistoryTableProps) {
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' });
  return (
    // A scrolling region must be focusable, or keyboard users cannot scroll it (WCAG 2.1.1).
    <div class="data-table__scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      <table class="data-table" data-testid="history-table">
        <thead>
          <tr>
            <th scope="col">{t('history_time')}</th>
            <th scope="col">{t('history_customer')}</th>
            <th scope="col">{t('history_target')}</th>
            <th scope="col">{t('history_mode')}</th>
            <th scope="col">{t('history_outcome')}</th>
          </tr>
        </thead>
        <tbody>
          {[...entries].reverse().map((entry) => (
            <HistoryRow key={`${entry.opId}@${entry.at}`} entry={entry} dates={dates} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

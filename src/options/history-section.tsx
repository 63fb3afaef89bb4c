// "Transfer history" in the options page (issue 4, point 7): the table, CSV export, and clearing
// after an inline confirmation that keeps keyboard focus where the agent expects it.
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { HISTORY_LIMIT, historyCsv, type HistoryEntry } from '../shared/history.ts';
import { t } from '../platform/i18n.ts';
import { downloadCsv } from './download.ts';
import { HistoryTable } from './history-table.tsx';
import { clearHistory, useHistory } from './use-history.ts';
import type { StorageArea } from '../shared/storage-item.ts';
import './tables.css';

interface HistorySectionProps {
  storage: StorageArea;
  locale: string;
}

function exportCsv(entries: readonly HistoryEntry[]): void {
  downloadCsv(`transfer-history-${new Date().toISOString().slice(0, 10)}.csv`, historyCsv(entries));
}

interface ClearConfirmationProps {
  count: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Focus starts on Cancel: Enter pressed out of habit must not delete the history. */
function ClearConfirmation({ count, onConfirm, onCancel }: ClearConfirmationProps) {
  const questionId = useId();
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div class="confirm" role="group" aria-labelledby={questionId} data-testid="history-confirm">
      <p id={questionId} class="confirm__question">
        {t('history_confirmClear', count)}
      </p>
      <button type="button" class="button button--danger" data-testid="history-confirm-clear" onClick={onConfirm}>
        {t('history_confirm')}
      </button>
      <button type="button" class="button" ref={cancel} onClick={onCancel}>
        {t('history_cancel')}
      </button>
    </div>
  );
}

interface HistoryActionsProps {
  storage: StorageArea;
  entries: readonly HistoryEntry[];
  numbers: Intl.NumberFormat;
  onCleared: () => void;
}

function HistoryActions({ storage, entries, numbers, onCleared }: HistoryActionsProps) {
  const [isConfirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  const clearButton = useRef<HTMLButtonElement>(null);
  const isEmpty = entries.length === 0;
  const cancel = (): void => {
    setConfirming(false);
    clearButton.current?.focus();
  };
  const clear = async (): Promise<void> => {
    setConfirming(false);
    try {
      await clearHistory(storage);
      setStatus(t('history_cleared'));
    } catch (error) {
      setStatus(t('history_clearFailed', error instanceof Error ? error.message : String(error)));
    }
    onCleared();
  };
  return (
    <>
      <div class="section__actions">
        <button type="button" class="button" data-testid="history-export" disabled={isEmpty} onClick={() => exportCsv(entries)}>
          {t('history_export')}
        </button>
        <button
          type="button"
          class="button"
          ref={clearButton}
          data-testid="history-clear"
          disabled={isEmpty}
          aria-expanded={isConfirming}
          onClick={() => setConfirming(true)}
        >
          {t('history_clear')}
        </button>
      </div>
      {isConfirming && <ClearConfirmation count={numbers.format(entries.length)} onConfirm={() => void clear()} onCancel={cancel} />}
      <p class="field__help" role="status" data-testid="history-status">
        {status}
      </p>
    </>
  );
}

export function HistorySection({ storage, locale }: HistorySectionProps) {
  const stored = useHistory(storage);
  const entries = stored ?? [];
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const numbers = new Intl.NumberFormat(locale);
  return (
    <section class="section" aria-labelledby={headingId} data-testid="history">
      <h2 id={headingId} class="section__title" ref={heading} tabIndex={-1}>
        {t('history_legend')}
      </h2>
      <p class="field__help">{t('history_help', numbers.format(HISTORY_LIMIT))}</p>
      {/* Nothing is said about the history until it is read: "No transfers yet" would be a guess. */}
      {stored === undefined ? null : entries.length === 0 ? (
        <p data-testid="history-empty">{t('history_empty')}</p>
      ) : (
        <HistoryTable entries={entries} locale={locale} labelledBy={headingId} />
      )}
      {/* Once cleared, the buttons are disabled: the heading keeps the agent's place. */}
      <HistoryActions storage={storage} entries={entries} numbers={numbers} onCleared={() => heading.current?.focus()} />
    </section>
  );
}

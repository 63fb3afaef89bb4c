// "Diagnostics" (issue 5, point 6): how much the calling SDK logs, and "Copy diagnostics", which
// puts the recent log, the call state and the versions on the clipboard for a support ticket, with
// tokens and other secrets redacted (shared/diagnostics.ts).
import { useState } from 'preact/hooks';
import * as v from 'valibot';
import { t } from '../platform/i18n.ts';
import { LOG_LEVELS, LogLevelSchema, diagnosticsReport, type ReportInput, type SessionDiagnostics } from '../shared/diagnostics.ts';
import type { Reply } from '../shared/protocol.ts';
import type { Settings } from '../shared/settings.ts';
import { CheckboxField, SelectField } from './form-fields.tsx';
import type { SectionProps } from './section-props.ts';

export interface DiagnosticsActions {
  /** The report as text, secrets already redacted; numbers and names only if `includeCallDetails`. */
  collect(includeCallDetails: boolean): Promise<string>;
  copy(text: string): Promise<void>;
}

/** What the report is gathered from; the browser's own parts are passed in by main.tsx. */
export interface DiagnosticsSources {
  /** The session owner's diagnostics, through the worker. */
  ask(): Promise<Reply<SessionDiagnostics>>;
  /** engineSnapshot from storage.session, as stored. */
  readSnapshot(): Promise<unknown>;
  readSettings(): Promise<Settings>;
  extensionVersion: string;
  userAgent: string;
  now(): number;
}

function sessionPart(reply: Reply<SessionDiagnostics>): ReportInput['session'] {
  return reply.ok ? reply.value : { problem: `The call session gave no diagnostics: ${reply.error.message}` };
}

export async function collectDiagnostics(sources: DiagnosticsSources, includeCallDetails: boolean): Promise<string> {
  const [reply, snapshot, settings] = await Promise.all([sources.ask(), sources.readSnapshot(), sources.readSettings()]);
  return diagnosticsReport({
    now: sources.now(),
    extensionVersion: sources.extensionVersion,
    userAgent: sources.userAgent,
    engine: { kind: settings.engine, callingHostUrl: settings.callingHostUrl, logLevel: settings.logLevel },
    session: sessionPart(reply),
    snapshot,
    includeCallDetails,
  });
}

type CopyStatus = { kind: 'idle' } | { kind: 'collecting' } | { kind: 'copied' } | { kind: 'failed'; message: string };

function statusText(status: CopyStatus): string {
  switch (status.kind) {
    case 'idle':
      return '';
    case 'collecting':
      return t('diag_collecting');
    case 'copied':
      return t('diag_copied');
    case 'failed':
      return t('diag_copyFailed', status.message);
  }
}

function CopyButton({ actions }: { actions: DiagnosticsActions }) {
  const [status, setStatus] = useState<CopyStatus>({ kind: 'idle' });
  const [includeCallDetails, setIncludeCallDetails] = useState(false);
  const copy = async (): Promise<void> => {
    setStatus({ kind: 'collecting' });
    try {
      await actions.copy(await actions.collect(includeCallDetails));
      setStatus({ kind: 'copied' });
    } catch (error) {
      setStatus({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <>
      {/* Unticked whenever the page opens: numbers and names leave only by a choice made for that report. */}
      <CheckboxField
        label={t('diag_includeCallDetails')}
        help={t('diag_includeCallDetailsHelp')}
        checked={includeCallDetails}
        onChecked={setIncludeCallDetails}
      />
      <div class="save-bar">
        <button type="button" class="button" data-testid="copy-diagnostics" disabled={status.kind === 'collecting'} onClick={() => void copy()}>
          {t('diag_copy')}
        </button>
        <p class="save-bar__status" role="status" data-testid="copy-status">
          {statusText(status)}
        </p>
      </div>
    </>
  );
}

export function DiagnosticsSection({ draft, edit, lockedBy, actions }: SectionProps & { actions: DiagnosticsActions }) {
  const levels = LOG_LEVELS.map((level) => ({ value: level, label: t(`diag_level_${level}`) }));
  return (
    <fieldset class="section" data-testid="diagnostics-section">
      <legend class="section__title">{t('diag_legend')}</legend>
      <SelectField
        label={t('diag_logLevel')}
        help={t('diag_logLevelHelp')}
        lockedBy={lockedBy('logLevel')}
        value={draft.logLevel}
        options={levels}
        onValue={(logLevel) => {
          if (v.is(LogLevelSchema, logLevel)) edit({ logLevel });
        }}
      />
      <p class="field__help">{t('diag_copyHelp')}</p>
      <CopyButton actions={actions} />
    </fieldset>
  );
}

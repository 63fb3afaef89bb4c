// The transfer history (issue 4, point 7): the last HISTORY_LIMIT finished transfers, kept in
// storage.local under one versioned, schema-checked key like the settings, and exported as CSV.
import * as v from 'valibot';
import { classifyError, formatErrorCode } from './call-errors.ts';
import { ErrorCodeSchema, Id, TransferModeSchema } from './schemas.ts';
import type { StorageItemSpec } from './storage-item.ts';

export const HISTORY_KEY = 'transferHistory';
export const HISTORY_VERSION = 1;
export const HISTORY_LIMIT = 500;

const RawText = v.pipe(v.string(), v.maxLength(300));

const HistoryEntrySchema = v.object({
  /** With `at`, what makes an entry unique: simulated op ids restart with every engine. */
  opId: Id,
  /** When the transfer reached its outcome (ms since the epoch). */
  at: v.pipe(v.number(), v.minValue(0)),
  callId: Id,
  /** The customer who was transferred. */
  party: v.object({ rawId: RawText, displayName: v.optional(v.pipe(v.string(), v.maxLength(200))) }),
  /** A raw id: for a consult transfer, the consulted party when it was known, else the consult call's id. */
  target: RawText,
  mode: TransferModeSchema,
  outcome: v.picklist(['Transferred', 'Failed']),
  error: v.optional(ErrorCodeSchema),
});
export type HistoryEntry = v.InferOutput<typeof HistoryEntrySchema>;

/** The stored record, entries oldest first. Entries that do not parse are dropped one by one, not the whole history. */
const HistoryRecordSchema = v.pipe(
  v.object({ version: v.literal(HISTORY_VERSION), entries: v.array(v.unknown()) }),
  v.transform(({ version, entries }) => ({
    version,
    entries: entries.flatMap((entry) => {
      const parsed = v.safeParse(HistoryEntrySchema, entry);
      return parsed.success ? [parsed.output] : [];
    }),
  })),
);
type HistoryRecord = v.InferOutput<typeof HistoryRecordSchema>;

export const HISTORY_ITEM: StorageItemSpec<HistoryRecord> = {
  key: HISTORY_KEY,
  schema: HistoryRecordSchema,
  fallback: { version: HISTORY_VERSION, entries: [] },
  version: HISTORY_VERSION,
};

export function historyRecord(entries: HistoryEntry[]): HistoryRecord {
  return { version: HISTORY_VERSION, entries };
}

const sameTransfer = (a: HistoryEntry, b: HistoryEntry): boolean => a.opId === b.opId && a.at === b.at;

/** Appends the new entries (skipping any already recorded) and keeps the newest HISTORY_LIMIT. */
export function appendEntries(entries: readonly HistoryEntry[], added: readonly HistoryEntry[]): HistoryEntry[] {
  const all = [...entries];
  for (const entry of added) if (!all.some((known) => sameTransfer(known, entry))) all.push(entry);
  return all.slice(-HISTORY_LIMIT);
}

export const CSV_COLUMNS = [
  'time',
  'callId',
  'customerId',
  'customerName',
  'target',
  'mode',
  'outcome',
  'errorCode',
  'errorKind',
] as const;

/**
 * Spreadsheets run a cell that starts with one of these as a formula (CSV injection, OWASP): a
 * display name is chosen by the caller, so it is neutralised with a leading apostrophe.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function csvRow(entry: HistoryEntry): string[] {
  return [
    new Date(entry.at).toISOString(),
    entry.callId,
    entry.party.rawId,
    entry.party.displayName ?? '',
    entry.target,
    entry.mode,
    entry.outcome,
    entry.error ? formatErrorCode(entry.error) : '',
    entry.error ? classifyError(entry.error) : '',
  ];
}

/**
 * RFC 4180 CSV, oldest first, with stable English column names and machine-readable values (ISO
 * times, raw ids, codes) so support tools and spreadsheets read it the same in every language.
 */
export function historyCsv(entries: readonly HistoryEntry[]): string {
  const rows = [[...CSV_COLUMNS], ...entries.map(csvRow)];
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

import { describe, expect, it } from 'vitest';
import { readItem } from '../../../src/shared/storage-item.ts';
import {
  CSV_COLUMNS,
  HISTORY_LIMIT,
  HISTORY_VERSION,
  appendEntries,
  csvCell,
  historyCsv,
  historyRecord,
  HISTORY_ITEM,
} from '../../../src/shared/history.ts';
import { entry } from './fixtures.ts';

describe('reading the stored history', () => {
  it('returns the entries of a valid record, oldest first', () => {
    const entries = [entry(), entry({ opId: 'transfer-2', at: entry().at + 1 })];
    expect(readItem(HISTORY_ITEM, historyRecord(entries)).entries).toEqual(entries);
  });

  it('drops only the entries that do not parse', () => {
    const stored = { version: HISTORY_VERSION, entries: [entry(), { opId: 'x', outcome: 'Maybe' }, 'junk'] };
    expect(readItem(HISTORY_ITEM, stored).entries).toEqual([entry()]);
  });

  it('ignores anything that is not a record of this version', () => {
    expect(readItem(HISTORY_ITEM, undefined).entries).toEqual([]);
    expect(readItem(HISTORY_ITEM, [entry()]).entries).toEqual([]);
    expect(readItem(HISTORY_ITEM, { version: HISTORY_VERSION + 1, entries: [entry()] }).entries).toEqual([]);
  });
});

describe('appending', () => {
  it(`keeps the newest ${HISTORY_LIMIT}`, () => {
    const full = Array.from({ length: HISTORY_LIMIT }, (_, n) => entry({ opId: `t-${n}`, at: n }));
    const after = appendEntries(full, [entry({ opId: 'newest', at: 1e12 })]);
    expect(after).toHaveLength(HISTORY_LIMIT);
    expect(after[0]?.opId).toBe('t-1');
    expect(after.at(-1)?.opId).toBe('newest');
  });

  it('records a transfer once, but a reused op id at another time again', () => {
    const first = entry();
    const sameAgain = entry();
    const nextEngineSession = entry({ at: first.at + 60_000 });
    expect(appendEntries([first], [sameAgain, nextEngineSession, nextEngineSession])).toEqual([first, nextEngineSession]);
  });
});

describe('CSV export', () => {
  it('has a header and one row per entry, oldest first, with machine-readable values', () => {
    const failed = entry({ opId: 'transfer-2', outcome: 'Failed', error: { code: 603, subCode: 0 }, mode: 'voicemail' });
    const lines = historyCsv([entry(), failed]).split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines[1]).toBe('2026-11-25T14:30:05.000Z,call-1,4:+14255550123,Alex Rivera,4:+442079460958,participant,Transferred,,');
    expect(lines[2]).toBe('2026-11-25T14:30:05.000Z,call-1,4:+14255550123,Alex Rivera,4:+442079460958,voicemail,Failed,603/0,declined');
    expect(lines[3]).toBe('');
  });

  it('quotes commas, quotes and line breaks as RFC 4180 says', () => {
    expect(csvCell('Rivera, Alex')).toBe('"Rivera, Alex"');
    expect(csvCell('Alex "AJ" Rivera')).toBe('"Alex ""AJ"" Rivera"');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('plain')).toBe('plain');
  });

  it.each(['=HYPERLINK("http://evil.example")', '+44 20 7946 0958', '-1+2', '@SUM(A1)', '\t=1'])(
    'neutralises a cell a spreadsheet would run as a formula: %s',
    (value) => {
      const cell = csvCell(value);
      expect(cell.replace(/^"/, '').startsWith("'")).toBe(true);
    },
  );

  it('neutralises a hostile display name inside a whole row', () => {
    const csv = historyCsv([entry({ party: { rawId: '4:+14255550123', displayName: '=cmd|" /C calc"!A0' } })]);
    expect(csv.split('\r\n')[1]).toContain(`,"'=cmd|"" /C calc""!A0",`);
  });
});

import { fakeBrowser } from '@webext-core/fake-browser';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readItem } from '../../../src/shared/storage-item.ts';
import { HistorySection } from '../../../src/options/history-section.tsx';
import { HISTORY_KEY, historyRecord, HISTORY_ITEM, type HistoryEntry } from '../../../src/shared/history.ts';
import { byTestId, click, mount } from '../popup/render.ts';
import { displayTarget } from '../../../src/shared/phone.ts';
import { TEAMS_USER, entry } from './fixtures.ts';

vi.mock('../../../src/platform/browser.ts', async () => (await import('../popup/i18n-stub.ts')).fakeBrowserModule());

const storage = fakeBrowser.storage.local;

async function openSection(entries: HistoryEntry[]): Promise<HTMLElement> {
  await storage.set({ [HISTORY_KEY]: historyRecord(entries) });
  const view = mount(<HistorySection storage={storage} locale="en-GB" />);
  await vi.waitFor(() => expect(view.querySelector('[data-testid="history-empty"], [data-testid="history-table"]')).not.toBeNull());
  return view;
}

const rows = (view: HTMLElement) =>
  [...view.querySelectorAll('[data-testid="history-row"]')].map((row) =>
    [...row.querySelectorAll('td')].map((cell) => cell.textContent),
  );

const older = entry({ opId: 'transfer-1', at: Date.UTC(2026, 10, 25, 9, 0, 0) });
const newer = entry({
  opId: 'transfer-2',
  at: Date.UTC(2026, 10, 25, 10, 0, 0),
  party: { rawId: '4:+14255550188' },
  mode: 'voicemail',
  target: TEAMS_USER,
  outcome: 'Failed',
  error: { code: 603, subCode: 0 },
});

describe('the transfer history section', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('lists transfers newest first, with outcomes and errors in words', async () => {
    const view = await openSection([older, newer]);
    const [first, second] = rows(view);
    expect(first?.slice(1)).toEqual([
      '+1 425 555 0188',
      displayTarget(TEAMS_USER),
      'Voicemail',
      'FailedThe target declined the call (code 603/0)',
    ]);
    expect(second?.slice(1)).toEqual(['Alex Rivera+1 425 555 0123', '+44 20 7946 0958', 'Direct', 'Transferred']);
    expect(view.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-25T10:00:00.000Z');
  });

  it('shows a transfer that finishes while the page is open', async () => {
    const view = await openSection([older]);
    await act(() => storage.set({ [HISTORY_KEY]: historyRecord([older, newer]) }));
    await vi.waitFor(() => expect(rows(view)).toHaveLength(2));
  });

  it('exports the history as a CSV download', async () => {
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:history';
    });
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toMatch(/^transfer-history-\d{4}-\d{2}-\d{2}\.csv$/);
    });
    const view = await openSection([older, newer]);
    click(byTestId(view, 'history-export'));
    expect(clicked).toHaveBeenCalledOnce();
    const text = await created[0]?.text();
    expect(text?.split('\r\n').map((line) => line.split(',')[0])).toEqual([
      '\uFEFFtime',
      '2026-11-25T09:00:00.000Z',
      '2026-11-25T10:00:00.000Z',
      '',
    ]);
  });

  it('clears only after confirmation, with focus on the safe choice first', async () => {
    const view = await openSection([older, newer]);
    click(byTestId(view, 'history-clear'));
    const confirm = byTestId(view, 'history-confirm');
    expect(confirm.textContent).toContain('Delete all 2 transfers');
    expect(document.activeElement?.textContent).toBe('Cancel');
    click(document.activeElement as HTMLElement);
    expect(view.querySelector('[data-testid="history-confirm"]')).toBeNull();
    expect(document.activeElement).toBe(byTestId(view, 'history-clear'));
    expect(rows(view)).toHaveLength(2);

    click(byTestId(view, 'history-clear'));
    click(byTestId(view, 'history-confirm-clear'));
    await vi.waitFor(() => expect(byTestId(view, 'history-status').textContent).toBe('History cleared.'));
    expect(byTestId(view, 'history-empty').textContent).toBe('No transfers yet.');
    expect(readItem(HISTORY_ITEM, (await storage.get(HISTORY_KEY))[HISTORY_KEY]).entries).toEqual([]);
  });
});

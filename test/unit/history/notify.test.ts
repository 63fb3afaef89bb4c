import { describe, expect, it, vi } from 'vitest';
import { notifyTransitions, type Notice, type Notifier } from '../../../src/background/notify.ts';
import type { EngineSnapshot, IncomingSnapshot } from '../../../src/shared/engine.ts';
import { TEAMS_USER, call, pairs, snap, transfer, transferRevisions } from './fixtures.ts';

vi.mock('../../../src/platform/browser.ts', async () => (await import('../popup/i18n-stub.ts')).fakeBrowserModule());

function fakeNotifier(popupOpen = false) {
  const shown: Notice[] = [];
  const cleared: string[] = [];
  const notifier: Notifier = {
    isPopupOpen: async () => popupOpen,
    show: async (notice) => void shown.push(notice),
    clear: async (id) => void cleared.push(id),
  };
  return { notifier, shown, cleared };
}

async function replay(notifier: Notifier, revisions: EngineSnapshot[]): Promise<void> {
  for (const [previous, next] of pairs(revisions)) await notifyTransitions(notifier, previous, next);
}

const ringing = (id: string, patch: Partial<IncomingSnapshot> = {}): IncomingSnapshot => ({
  id,
  caller: { rawId: '4:+14255550188', displayName: 'Jordan Lee' },
  receivedAt: 5,
  ...patch,
});

describe('transfer notifications with the popup closed', () => {
  it('tells once that the call was transferred, and to whom', async () => {
    const { notifier, shown } = fakeNotifier();
    await replay(notifier, transferRevisions('Transferred'));
    expect(shown).toEqual([
      {
        id: 'acs-transfer:transfer:transfer-1:2000',
        title: 'Transfer complete',
        message: 'Call transferred to +44 20 7946 0958',
        contextMessage: 'Alex Rivera',
      },
    ]);
  });

  it('explains a failure in words and keeps the code for support', async () => {
    const { notifier, shown } = fakeNotifier();
    await replay(notifier, transferRevisions('Failed'));
    expect(shown.map((notice) => [notice.title, notice.message])).toEqual([
      ['Transfer failed', 'Transfer to +44 20 7946 0958 failed: The target declined the call (code 603/0)'],
    ]);
  });

  it('says when a call went to voicemail', async () => {
    const { notifier, shown } = fakeNotifier();
    await replay(notifier, transferRevisions('Transferred', { mode: 'voicemail', target: TEAMS_USER }));
    expect(shown[0]?.message).toMatch(/^Call transferred to the voicemail of 8:orgid:/);
  });

  it('stays quiet while the popup is open: it already shows and announces the outcome', async () => {
    const { notifier, shown } = fakeNotifier(true);
    await replay(notifier, [...transferRevisions('Failed'), snap(5, [], { incoming: [ringing('in-1')] })]);
    expect(shown).toEqual([]);
  });
});

describe('incoming call notifications', () => {
  it('names the caller and who transferred the call, and stays until the call stops ringing', async () => {
    const { notifier, shown, cleared } = fakeNotifier();
    const colleague = { rawId: TEAMS_USER, displayName: 'Sam Patel' };
    await replay(notifier, [
      snap(1),
      snap(2, [], { incoming: [ringing('in-1', { transferredBy: colleague })] }),
      snap(3, [], { incoming: [ringing('in-1', { transferredBy: colleague })] }),
      snap(4, [call({ id: 'call-9' })]),
    ]);
    expect(shown).toEqual([
      { id: 'acs-transfer:incoming:in-1', title: 'Incoming call', message: 'Jordan Lee, transferred by Sam Patel', requireInteraction: true },
    ]);
    expect(cleared).toEqual(['acs-transfer:incoming:in-1']);
  });

  it('never rejects, so a broken notification cannot break the snapshot side effects', async () => {
    const notifier: Notifier = { ...fakeNotifier().notifier, show: () => Promise.reject(new Error('no icon')) };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(notifyTransitions(notifier, snap(1), snap(2, [call({ transfer: transfer('Failed') })]))).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('no icon'));
    warn.mockRestore();
  });
});

import { describe, expect, it, vi } from 'vitest';
import { runShortcut, type ShortcutDeps } from '../../../src/background/shortcuts.ts';
import type { RouterDeps } from '../../../src/background/router.ts';
import type { EngineSnapshot } from '../../../src/shared/engine.ts';
import { fail, ok, type EngineCommand } from '../../../src/shared/protocol.ts';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings.ts';
import { TEAMS_USER, call, snap } from '../history/fixtures.ts';
import { answeringSession } from '../background/session-deps.ts';

vi.mock('../../../src/platform/browser.ts', async () => (await import('../popup/i18n-stub.ts')).fakeBrowserModule());

interface Setup {
  snapshot?: EngineSnapshot;
  /** What the active tab has selected; undefined: the page may not be read. */
  selection?: string;
  engineReply?: ReturnType<typeof fail>;
}

/** A worker whose session owner records the commands that reach it, and whose notifications are kept. */
function worker(setup: Setup = {}) {
  const { snapshot = snap(1, [call()]), engineReply } = setup;
  const selection = 'selection' in setup ? setup.selection : '';
  const reachedEngine: EngineCommand[] = [];
  const notified: [string, string][] = [];
  const router: RouterDeps = {
    self: { id: 'x', origin: 'chrome-extension://x', offscreenUrl: 'chrome-extension://x/src/offscreen/index.html' },
    forwardToOffscreen: async (command) => {
      reachedEngine.push(command);
      return engineReply ?? ok(null);
    },
    askOffscreen: async () => ok(null),
    readSnapshot: async () => snapshot,
    mirrorSnapshot: async () => undefined,
    readSettings: async () => ({ ...DEFAULT_SETTINGS, hangUpAfterTransfer: false }),
    dialingCountry: () => 'US',
    fromPage: async () => fail('not a page test'),
    ...answeringSession(),
    describeFailure: (failure) => `plan: ${failure}`,
    log: () => undefined,
  };
  const deps: ShortcutDeps = {
    router,
    readSelection: async () => selection,
    activeTabId: async () => 7,
    dialingCountry: async () => 'US',
    notify: (title, message) => void notified.push([title, message]),
  };
  return { deps, reachedEngine, notified };
}

const ringing = { id: 'in-2', caller: { rawId: '4:+14255550188' }, receivedAt: 20 };
const ringingLonger = { id: 'in-1', caller: { rawId: '4:+14255550199' }, receivedAt: 10 };

describe('accept-incoming', () => {
  it('answers the caller who has waited longest', async () => {
    const bg = worker({ snapshot: snap(1, [], { incoming: [ringing, ringingLonger] }) });
    expect((await runShortcut('accept-incoming', bg.deps)).ok).toBe(true);
    expect(bg.reachedEngine).toEqual([{ type: 'accept', incomingId: 'in-1' }]);
  });

  it('says why when nothing is ringing', async () => {
    const bg = worker({ snapshot: snap(1) });
    expect((await runShortcut('accept-incoming', bg.deps)).ok).toBe(false);
    expect(bg.reachedEngine).toEqual([]);
    expect(bg.notified).toEqual([['Accept the incoming call', 'There is no incoming call to accept.']]);
  });
});

describe('hang-up', () => {
  it('during a consult, ends the consult call and gives the customer back, as Cancel does', async () => {
    const bg = worker({ snapshot: snap(1, [call({ state: 'LocalHold' }), call({ id: 'call-2', direction: 'Outgoing' })]) });
    await runShortcut('hang-up', bg.deps);
    expect(bg.reachedEngine).toEqual([{ type: 'cancelConsult', callId: 'call-1', consultCallId: 'call-2' }]);
  });

  it('hangs up the customer when the agent is back with them and the consult call is held', async () => {
    const bg = worker({ snapshot: snap(1, [call(), call({ id: 'call-2', direction: 'Outgoing', state: 'LocalHold' })]) });
    await runShortcut('hang-up', bg.deps);
    expect(bg.reachedEngine).toEqual([{ type: 'hangUp', callId: 'call-1' }]);
  });

  it('says why when there is no call, and explains an engine refusal in words', async () => {
    const idle = worker({ snapshot: snap(1, [call({ state: 'Disconnected' })]) });
    await runShortcut('hang-up', idle.deps);
    expect(idle.notified).toEqual([['Hang up the current call', 'There is no call to hang up.']]);

    const refused = worker({ engineReply: fail('Call not found', 404, 0) });
    await runShortcut('hang-up', refused.deps);
    expect(refused.notified).toEqual([['Hang up the current call', 'That call no longer exists']]);
  });
});

describe('transfer-selection', () => {
  it('transfers to the selected number exactly as the context menu would', async () => {
    const bg = worker({ selection: ' Call Priya: +44 20 7946 0958 ' });
    expect((await runShortcut('transfer-selection', bg.deps)).ok).toBe(true);
    expect(bg.reachedEngine).toEqual([
      {
        type: 'transfer',
        request: { callId: 'call-1', mode: 'participant', target: '4:+442079460958', hangUpOnSuccess: false, disableForwardingAndUnanswered: false },
      },
    ]);
    // The notice names the target as parsed from the selection (issue 10, point 2).
    expect(bg.notified).toEqual([['Transfer the call to the selected number or id', 'Transferring the call to +44 20 7946 0958, read from your selection.']]);
  });

  it.each([
    ['nothing is selected', { selection: '  ' }, 'Select a phone number or user id on the page first.'],
    ['the page may not be read', { selection: undefined }, /cannot read the selection on this page/],
    ['the selection is not a target', { selection: 'Order 7852220666' }, /“Order 7852220666” is not a phone number/],
    ['there is no call to transfer', { selection: TEAMS_USER, snapshot: snap(1) }, /^Nothing was sent to .+ \(read from your selection\): plan: noTransferableCall$/],
  ])('refuses when %s, and says why', async (_case, setup: Setup, reason) => {
    const bg = worker(setup);
    expect((await runShortcut('transfer-selection', bg.deps)).ok).toBe(false);
    expect(bg.reachedEngine).toEqual([]);
    expect(bg.notified).toHaveLength(1);
    expect(bg.notified[0]?.[0]).toBe('Transfer the call to the selected number or id');
    expect(bg.notified[0]?.[1]).toMatch(reason);
  });

  it('reads the tab the shortcut was pressed in when Chrome names it', async () => {
    const bg = worker({ selection: '+44 20 7946 0958' });
    const readSelection = vi.spyOn(bg.deps, 'readSelection');
    await runShortcut('transfer-selection', bg.deps, 42);
    expect(readSelection).toHaveBeenCalledWith(42);
  });
});

it('ignores command names it does not know', async () => {
  const bg = worker();
  expect((await runShortcut('format-disk', bg.deps)).ok).toBe(false);
  expect(bg.reachedEngine).toEqual([]);
});

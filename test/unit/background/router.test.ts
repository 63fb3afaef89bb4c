import { describe, expect, it } from 'vitest';
import type { EngineSnapshot } from '../../../src/shared/engine.ts';
import { ok, type EngineCommand } from '../../../src/shared/protocol.ts';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings.ts';
import { handleMessage, runPageAction, type RouterDeps } from '../../../src/background/router.ts';
import type { SenderInfo } from '../../../src/background/trust.ts';
import { answeringSession } from './session-deps.ts';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}`;
const OFFSCREEN = `${ORIGIN}/src/offscreen/index.html`;

const popup: SenderInfo = { id: ID, url: `${ORIGIN}/src/popup/index.html`, origin: ORIGIN };
const optionsTab: SenderInfo = { id: ID, url: `${ORIGIN}/src/options/index.html`, origin: ORIGIN, tab: { id: 3 } };
const offscreen: SenderInfo = { id: ID, url: OFFSCREEN, origin: ORIGIN };
const page: SenderInfo = { id: ID, url: 'https://crm.example/record/1', origin: 'https://crm.example', tab: { id: 7 }, frameId: 0 };
const otherExtension: SenderInfo = { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', url: 'chrome-extension://zzz/x.html' };

const onCall: EngineSnapshot = {
  rev: 5,
  engine: 'simulated',
  connection: 'connected',
  calls: [
    { id: 'call-1', direction: 'Incoming', state: 'Connected', isMuted: false, remote: [{ rawId: '4:+14255550123' }], startedAt: 1 },
  ],
  incoming: [],
};

/** A background with a stored snapshot, recording what reaches the session owner and the mirror. */
function background(snapshot: EngineSnapshot | undefined = onCall) {
  const reachedEngine: EngineCommand[] = [];
  const log: string[] = [];
  const fromPage: SenderInfo[] = [];
  let mirrored = snapshot;
  const deps: RouterDeps = {
    self: { id: ID, origin: ORIGIN, offscreenUrl: OFFSCREEN },
    forwardToOffscreen: async (command) => {
      reachedEngine.push(command);
      return ok(null);
    },
    askOffscreen: async () => ok(null),
    readSnapshot: async () => mirrored,
    mirrorSnapshot: async (next) => {
      mirrored = next;
    },
    readSettings: async () => ({ ...DEFAULT_SETTINGS, hangUpAfterTransfer: false }),
    dialingCountry: () => 'US',
    ...answeringSession(),
    describeFailure: (failure) => failure,
    // The gate and the call confirmation are page-requests.test.ts's; here a page action is planned as admitted.
    fromPage: (action, target, sender) => {
      fromPage.push(sender);
      return runPageAction(action, target, deps);
    },
    log: (message) => log.push(message),
  };
  return { deps, reachedEngine, log, fromPage, mirrored: () => mirrored };
}

const hold = { to: 'background', kind: 'command', command: { type: 'hold', callId: 'call-1' } };

describe('background router', () => {
  it('forwards engine commands from the popup and the options tab', async () => {
    const bg = background();
    expect((await handleMessage(hold, popup, bg.deps)).ok).toBe(true);
    expect((await handleMessage(hold, optionsTab, bg.deps)).ok).toBe(true);
    expect(bg.reachedEngine).toEqual([hold.command, hold.command]);
  });

  it.each([
    ['a wrong shape', { to: 'background', kind: 'command', command: { type: 'hold' } }, popup, /malformed/],
    ['an unknown kind', { to: 'background', kind: 'format-disk' }, popup, /malformed/],
    ['an engine command from a content script', hold, page, /contentScript .* may not send 'command'/],
    ['a message from another extension', hold, otherExtension, /foreign .* may not send/],
    ['a page action on an invalid target', { to: 'background', kind: 'pageAction', action: 'transfer', target: 'bob' }, page, /malformed/],
  ])('rejects %s with a logged reason and changes nothing', async (_name, message, sender, reason) => {
    const bg = background();
    const reply = await handleMessage(message, sender, bg.deps);
    expect(reply.ok).toBe(false);
    expect(bg.reachedEngine).toEqual([]);
    expect(bg.log.join('\n')).toMatch(reason);
  });

  it('accepts snapshots only from the offscreen document', async () => {
    const bg = background();
    const forged = { to: 'background', kind: 'snapshot', snapshot: { ...onCall, rev: 99, calls: [] } };
    expect((await handleMessage(forged, page, bg.deps)).ok).toBe(false);
    expect((await handleMessage(forged, popup, bg.deps)).ok).toBe(false);
    expect(bg.mirrored()).toBe(onCall);
    expect((await handleMessage(forged, offscreen, bg.deps)).ok).toBe(true);
    expect(bg.mirrored()?.rev).toBe(99);
  });

  it('turns a page control click during a call into a transfer of that call with the settings applied', async () => {
    const bg = background();
    const reply = await handleMessage({ to: 'background', kind: 'pageAction', action: 'transfer', target: '4:+442079460958' }, page, bg.deps);
    expect(reply.ok).toBe(true);
    expect(bg.fromPage).toEqual([page]);
    expect(bg.reachedEngine).toEqual([
      {
        type: 'transfer',
        request: { callId: 'call-1', mode: 'participant', target: '4:+442079460958', hangUpOnSuccess: false, disableForwardingAndUnanswered: false },
      },
    ]);
  });

  it('refuses page actions that do not fit the call state, without touching the engine', async () => {
    const idle = background({ ...onCall, calls: [] });
    const transfer = { to: 'background', kind: 'pageAction', action: 'transfer', target: '4:+442079460958' };
    expect(await handleMessage(transfer, page, idle.deps)).toEqual({ ok: false, error: { message: 'noTransferableCall' } });
    const busy = background();
    const call = { to: 'background', kind: 'pageAction', action: 'call', target: '4:+442079460958' };
    expect(await handleMessage(call, page, busy.deps)).toEqual({ ok: false, error: { message: 'alreadyOnCall' } });
    const voicemail = { to: 'background', kind: 'pageAction', action: 'voicemail', target: '4:+442079460958' };
    expect(await handleMessage(voicemail, page, busy.deps)).toEqual({ ok: false, error: { message: 'voicemailNeedsTeamsUser' } });
    expect([...idle.reachedEngine, ...busy.reachedEngine]).toEqual([]);
  });

  it('sends only a content script’s page actions through the page gate, with the sender the browser reported', async () => {
    const bg = background();
    const transfer = { to: 'background', kind: 'pageAction', action: 'transfer', target: '4:+442079460958' };
    expect((await handleMessage(transfer, popup, bg.deps)).ok).toBe(true);
    expect(bg.fromPage).toEqual([]);
    await handleMessage(transfer, page, bg.deps);
    expect(bg.fromPage).toEqual([page]);
  });

  it('tells a page only whether a transferable call exists', async () => {
    const reply = await handleMessage({ to: 'background', kind: 'getPageState' }, page, background().deps);
    expect(reply).toEqual({ ok: true, value: { callActive: true, transferable: true, defaultCountry: 'US' } });
  });

  it('offers pages no call, and transfers nothing, while the session is restarting', async () => {
    const bg = background();
    Object.assign(bg.deps, answeringSession({ settingsPending: false, restartingSince: 1 }));
    const state = await handleMessage({ to: 'background', kind: 'getPageState' }, page, bg.deps);
    expect(state).toEqual({ ok: true, value: { callActive: false, transferable: false, defaultCountry: 'US' } });
    const transfer = { to: 'background', kind: 'pageAction', action: 'transfer', target: '4:+442079460958' };
    expect(await handleMessage(transfer, page, bg.deps)).toEqual({ ok: false, error: { message: 'noTransferableCall' } });
    expect(bg.reachedEngine).toEqual([]);
  });

  it('lets only the offscreen document report its status, and only extension pages ask for the session', async () => {
    const bg = background();
    const status = { to: 'background', kind: 'sessionStatus', settingsPending: true };
    expect((await handleMessage(status, page, bg.deps)).ok).toBe(false);
    expect((await handleMessage(status, popup, bg.deps)).ok).toBe(false);
    expect((await handleMessage(status, offscreen, bg.deps)).ok).toBe(true);
    const ensure = { to: 'background', kind: 'ensureSession' };
    expect((await handleMessage(ensure, page, bg.deps)).ok).toBe(false);
    expect(await handleMessage(ensure, popup, bg.deps)).toEqual({ ok: true, value: { alive: true } });
  });

  it('hands the offscreen document its settings and the last published rev, and nobody else', async () => {
    const bg = background();
    const ready = { to: 'background', kind: 'offscreenReady' };
    expect(await handleMessage(ready, offscreen, bg.deps)).toEqual({
      ok: true,
      value: { settings: { ...DEFAULT_SETTINGS, hangUpAfterTransfer: false }, lastRev: 5 },
    });
    expect((await handleMessage(ready, page, bg.deps)).ok).toBe(false);
  });
});

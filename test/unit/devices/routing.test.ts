// The options page's questions for the session owner (devices, diagnostics) through the worker:
// extension pages only, since the diagnostics carry the call log.
import { describe, expect, it } from 'vitest';
import { handleMessage, type RouterDeps } from '../../../src/background/router.ts';
import type { SenderInfo } from '../../../src/background/trust.ts';
import { ToOffscreenSchema, fail, ok, type ToOffscreen } from '../../../src/shared/protocol.ts';
import { DEFAULT_SETTINGS, readSettings } from '../../../src/shared/settings.ts';
import * as v from 'valibot';
import { answeringSession } from '../background/session-deps.ts';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}`;
const OFFSCREEN = `${ORIGIN}/src/offscreen/index.html`;

const optionsTab: SenderInfo = { id: ID, url: `${ORIGIN}/src/options/index.html`, origin: ORIGIN, tab: { id: 3 } };
const offscreen: SenderInfo = { id: ID, url: OFFSCREEN, origin: ORIGIN };
const crmPage: SenderInfo = { id: ID, url: 'https://crm.example/record/1', origin: 'https://crm.example', tab: { id: 7 } };
const otherExtension: SenderInfo = { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', url: 'chrome-extension://zzz/x.html' };

function worker() {
  const asked: ToOffscreen[] = [];
  const log: string[] = [];
  const deps: RouterDeps = {
    self: { id: ID, origin: ORIGIN, offscreenUrl: OFFSCREEN },
    forwardToOffscreen: async () => fail('not a command test'),
    askOffscreen: async (message) => {
      asked.push(message);
      return ok({ answered: message.kind });
    },
    readSnapshot: async () => undefined,
    mirrorSnapshot: async () => undefined,
    readSettings: async () => DEFAULT_SETTINGS,
    dialingCountry: () => 'US',
    ...answeringSession(),
    describeFailure: (failure) => failure,
    fromPage: async () => fail('not a page test'),
    log: (message) => log.push(message),
  };
  return { deps, asked, log };
}

describe('devices and diagnostics through the worker', () => {
  it.each(['listDevices', 'getDiagnostics'] as const)('passes %s from the options page to the session owner, and its answer back', async (kind) => {
    const { deps, asked } = worker();

    const reply = await handleMessage({ to: 'background', kind }, optionsTab, deps);

    expect(reply).toEqual(ok({ answered: kind }));
    expect(asked).toEqual([{ to: 'offscreen', kind }]);
    expect(v.is(ToOffscreenSchema, asked[0])).toBe(true);
  });

  it.each([
    ['a CRM page’s content script', crmPage],
    ['the offscreen document', offscreen],
    ['another extension', otherExtension],
  ])('refuses %s', async (_who, sender) => {
    const { deps, asked, log } = worker();

    const replies = await Promise.all([
      handleMessage({ to: 'background', kind: 'getDiagnostics' }, sender, deps),
      handleMessage({ to: 'background', kind: 'listDevices' }, sender, deps),
    ]);

    expect(replies.map((reply) => reply.ok)).toEqual([false, false]);
    expect(asked).toEqual([]);
    expect(log.join('\n')).toMatch(/may not send 'getDiagnostics'/);
  });

  it('refuses extra fields', async () => {
    const { deps, asked } = worker();

    const reply = await handleMessage({ to: 'background', kind: 'listDevices', microphoneId: 'x' }, optionsTab, deps);

    expect(reply.ok).toBe(false);
    expect(asked).toEqual([]);
  });
});

describe('device and log settings', () => {
  it('default to the system devices and warnings', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({ microphoneId: '', speakerId: '', logLevel: 'warning' });
  });

  it('are filled in for settings stored before they existed, keeping everything else', () => {
    const { microphoneId: _m, speakerId: _s, logLevel: _l, ...older } = { ...DEFAULT_SETTINGS, displayName: 'Ada' };

    expect(readSettings(older)).toEqual({ ...DEFAULT_SETTINGS, displayName: 'Ada' });
  });

  it('fall back field by field when stored values are invalid', () => {
    const stored = { ...DEFAULT_SETTINGS, microphoneId: 'm'.repeat(301), speakerId: 's-1', logLevel: 'debug' };

    expect(readSettings(stored)).toEqual({ ...DEFAULT_SETTINGS, speakerId: 's-1' });
  });
});

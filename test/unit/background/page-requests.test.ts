// Page actions are earned (issue 10, point 2): only from the active tab of the focused window, for a
// target the sending frame shows, a few at a time per tab; each refusal is notified with the target;
// an outbound call waits for the agent's confirmation unless that was turned off.
import { describe, expect, it, vi } from 'vitest';
import type { EngineSnapshot } from '../../../src/shared/engine.ts';
import { ok, type EngineCommand } from '../../../src/shared/protocol.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings.ts';
import { PAGE_ACTION_LIMIT, PAGE_ACTION_WINDOW_MS, RateLimiter } from '../../../src/background/page-gate.ts';
import { pageRequest, type PageRequestDeps } from '../../../src/background/page-requests.ts';
import type { RouterDeps } from '../../../src/background/router.ts';
import type { SenderInfo } from '../../../src/background/trust.ts';
import { answeringSession } from './session-deps.ts';

vi.mock('../../../src/platform/browser.ts', async () => (await import('../popup/i18n-stub.ts')).fakeBrowserModule());

const COLLEAGUE = '4:+442079460958';
const SHOWN = new Set([COLLEAGUE]);
const page: SenderInfo = { id: 'x', url: 'https://crm.example/record/1', origin: 'https://crm.example', tab: { id: 7 }, frameId: 3 };

const snapshot = (calls: EngineSnapshot['calls']): EngineSnapshot => ({ rev: 1, engine: 'simulated', connection: 'connected', calls, incoming: [] });
const onCall = snapshot([{ id: 'call-1', direction: 'Incoming', state: 'Connected', isMuted: false, remote: [{ rawId: '4:+14255550123' }], startedAt: 1 }]);

/** A worker whose focused window shows `activeTab`, whose frame 3 of tab 7 shows SHOWN, at time `world.now`. */
function worker({ activeTab = 7 as number | null, state = onCall, settings = DEFAULT_SETTINGS as Settings } = {}) {
  const world = { now: 0, reachedEngine: [] as EngineCommand[], confirmations: [] as [string, string][], notices: [] as string[], asked: [] as string[] };
  const router = {
    forwardToOffscreen: async (command: EngineCommand) => {
      world.reachedEngine.push(command);
      return ok(null);
    },
    readSnapshot: async () => state,
    readSettings: async () => settings,
    describeFailure: (failure: string) => failure,
    log: () => undefined,
    ...answeringSession(),
  } as unknown as RouterDeps;
  const deps: PageRequestDeps = {
    gate: {
      activeTabOfFocusedWindow: async () => activeTab ?? undefined,
      frameShows: async ({ tabId, frameId }, rawId) => {
        world.asked.push(`${tabId}/${frameId}`);
        return tabId === 7 && frameId === 3 && SHOWN.has(rawId);
      },
      limiter: new RateLimiter(PAGE_ACTION_LIMIT, PAGE_ACTION_WINDOW_MS, () => world.now),
    },
    confirmCall: async (target, site) => {
      world.confirmations.push([target, site]);
    },
    notify: (title, message) => world.notices.push(`${title}: ${message}`),
  };
  return { world, ask: (action: 'transfer' | 'call', target = COLLEAGUE, sender = page) => pageRequest(action, target, sender, router, deps) };
}

describe('page requests', () => {
  it('transfers the call to a target the active tab’s frame shows', async () => {
    const { world, ask } = worker();
    expect((await ask('transfer')).ok).toBe(true);
    expect(world.reachedEngine).toMatchObject([{ type: 'transfer', request: { callId: 'call-1', target: COLLEAGUE } }]);
    expect(world.asked).toEqual(['7/3']);
    expect(world.notices).toEqual([]);
  });

  it('refuses a request from a tab that is not the active tab of the focused window, and says so naming the target', async () => {
    for (const activeTab of [8, null]) {
      const { world, ask } = worker({ activeTab });
      const reply = await ask('transfer');
      expect(reply).toEqual({ ok: false, error: { message: 'A request for +44 20 7946 0958 came from a tab you are not looking at, so nothing was done.' } });
      expect(world.reachedEngine).toEqual([]);
      expect(world.notices).toEqual([`Request from the page refused: ${reply.ok ? '' : reply.error.message}`]);
    }
  });

  it('refuses a target the sending frame does not show, even when another frame of the tab does', async () => {
    const { world, ask } = worker();
    expect((await ask('transfer', '4:+14255550999')).ok).toBe(false);
    expect((await ask('transfer', COLLEAGUE, { ...page, frameId: 0 })).ok).toBe(false);
    expect(world.reachedEngine).toEqual([]);
    expect(world.notices[0]).toBe(
      'Request from the page refused: The page asked for +1 425 555 0999, which none of its transfer buttons shows, so nothing was done.',
    );
  });

  it('refuses a sender without a tab and frame', async () => {
    const { world, ask } = worker();
    expect((await ask('transfer', COLLEAGUE, { ...page, frameId: undefined })).ok).toBe(false);
    expect(world.reachedEngine).toEqual([]);
  });

  it('takes PAGE_ACTION_LIMIT requests per tab in a window of time, refuses the next, and takes more once it passed', async () => {
    const { world, ask } = worker({ state: snapshot([]) });
    for (let index = 0; index < PAGE_ACTION_LIMIT; index += 1) await ask('transfer');
    expect(world.notices).toEqual([]);
    const refused = await ask('transfer');
    expect(refused.ok ? '' : refused.error.message).toMatch(/^Too many requests from this page: \+44 20 7946 0958 was not called or transferred/);
    expect(world.asked).toHaveLength(PAGE_ACTION_LIMIT);
    world.now += PAGE_ACTION_WINDOW_MS;
    const later = await ask('transfer');
    expect(later).toEqual({ ok: false, error: { message: 'noTransferableCall' } });
  });

  it('counts each tab on its own', async () => {
    const limiter = new RateLimiter(2, 1000, () => 0);
    expect([limiter.take(1), limiter.take(1), limiter.take(1), limiter.take(2)]).toEqual([true, true, false, true]);
  });

  it('asks the agent to confirm a call a page control asked for, naming the page’s site, and starts nothing yet', async () => {
    const { world, ask } = worker({ state: snapshot([]) });
    expect(await ask('call')).toEqual({ ok: true, value: { confirming: true } });
    expect(world.confirmations).toEqual([[COLLEAGUE, 'crm.example']]);
    expect(world.reachedEngine).toEqual([]);
  });

  it('starts the call at once when the agent or the admin turned confirmation off', async () => {
    const { world, ask } = worker({ state: snapshot([]), settings: { ...DEFAULT_SETTINGS, confirmPageCalls: false } });
    expect((await ask('call')).ok).toBe(true);
    expect(world.confirmations).toEqual([]);
    expect(world.reachedEngine).toEqual([{ type: 'startCall', targets: [COLLEAGUE] }]);
  });

  it('asks no confirmation for a call that could not start anyway', async () => {
    const { world, ask } = worker();
    expect(await ask('call')).toEqual({ ok: false, error: { message: 'alreadyOnCall' } });
    expect(world.confirmations).toEqual([]);
  });
});

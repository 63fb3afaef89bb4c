// Worker paths no view waits on: a rejection reaches the agent as a notification and the log, and
// the settings push is sent again until the session acknowledges its revision (issue 10, point 6).
import { describe, expect, it, vi } from 'vitest';
import { fail, ok, type Reply } from '../../../src/shared/protocol.ts';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings.ts';
import { failureReporter } from '../../../src/background/failures.ts';
import { RETRY_DELAYS_MS, settingsPusher } from '../../../src/background/settings-push.ts';
import type { Notice } from '../../../src/background/notify.ts';

vi.mock('../../../src/platform/browser.ts', async () => (await import('../popup/i18n-stub.ts')).fakeBrowserModule());

function sink({ showFails = false } = {}) {
  const shown: Notice[] = [];
  const logged: string[] = [];
  return {
    shown,
    logged,
    report: failureReporter({
      show: async (notice) => {
        if (showFails) throw new Error('notifications are off');
        shown.push(notice);
      },
      log: (message) => logged.push(message),
    }),
  };
}

describe('failure reports', () => {
  it('turns a rejected menu action into a notification naming the reason', async () => {
    const agent = sink();
    await agent.report('menu', async () => {
      throw new Error('No tab with id: 12');
    });
    expect(agent.shown).toHaveLength(1);
    expect(agent.shown[0]?.message).toBe('The context-menu action failed: No tab with id: 12');
    expect(agent.logged).toEqual(['menu failed: No tab with id: 12']);
  });

  it('shows nothing when the work succeeds', async () => {
    const agent = sink();
    await agent.report('shortcut', async () => 'done');
    expect(agent.shown).toEqual([]);
    expect(agent.logged).toEqual([]);
  });

  it('never rejects itself, even when the notification cannot be shown', async () => {
    const agent = sink({ showFails: true });
    await expect(agent.report('settingsPush', () => Promise.reject(new Error('gone')))).resolves.toBeUndefined();
    expect(agent.logged).toEqual(['settingsPush failed: gone', 'Notification not shown: notifications are off']);
  });
});

/** A session that applies a revision only from the `appliesFrom`-th attempt on, and remembers what it applied. */
function session(appliesFrom: number) {
  const world = { attempts: 0, applied: -1, waits: [] as number[] };
  const send = async ({ revision }: { revision: number }): Promise<Reply> => {
    world.attempts += 1;
    if (world.attempts < appliesFrom) return fail('The call session did not answer.');
    world.applied = Math.max(world.applied, revision);
    return ok({ applied: world.applied });
  };
  const wait = async (ms: number) => {
    world.waits.push(ms);
  };
  return { world, deps: { send, wait } };
}

describe('settings push', () => {
  it('is applied at once when the session answers', async () => {
    const { world, deps } = session(1);
    expect(await settingsPusher(deps, 100)(DEFAULT_SETTINGS)).toBe('applied');
    expect(world).toMatchObject({ attempts: 1, applied: 101, waits: [] });
  });

  it('is sent again, with growing pauses, until the session acknowledges its revision', async () => {
    const { world, deps } = session(4);
    expect(await settingsPusher(deps, 100)(DEFAULT_SETTINGS)).toBe('applied');
    expect(world).toMatchObject({ attempts: 4, applied: 101, waits: RETRY_DELAYS_MS.slice(0, 3) });
  });

  it('does not count an acknowledgement of an older revision as applied', async () => {
    const sent: number[] = [];
    const deps = {
      send: async ({ revision }: { revision: number }) => {
        sent.push(revision);
        return ok({ applied: sent.length < 3 ? revision - 1 : revision });
      },
      wait: async () => undefined,
    };
    expect(await settingsPusher(deps, 7)(DEFAULT_SETTINGS)).toBe('applied');
    expect(sent).toEqual([8, 8, 8]);
  });

  it('rejects with the last reason when every retry failed', async () => {
    const { world, deps } = session(Infinity);
    await expect(settingsPusher(deps, 0)(DEFAULT_SETTINGS)).rejects.toThrow('The call session did not answer.');
    expect(world.attempts).toBe(RETRY_DELAYS_MS.length + 1);
  });

  it('stops retrying an older push once a newer one is under way', async () => {
    let release: () => void = () => undefined;
    const sent: number[] = [];
    const deps = {
      send: async ({ revision }: { revision: number }) => {
        sent.push(revision);
        return revision === 2 ? ok({ applied: 2 }) : fail('busy');
      },
      wait: () => new Promise<void>((resolve) => (release = resolve)),
    };
    const push = settingsPusher(deps, 0);
    const older = push(DEFAULT_SETTINGS);
    await Promise.resolve();
    await Promise.resolve();
    expect(await push({ ...DEFAULT_SETTINGS, callerId: '+14255550100' })).toBe('applied');
    release();
    expect(await older).toBe('superseded');
    expect(sent).toEqual([1, 2]);
  });
});

// The worker's watch over the session owner: a document that is gone or silent is marked
// restarting (views and pages drop its calls) and re-created; its successor's first snapshot ends it.
import { describe, expect, it } from 'vitest';
import { fail, ok } from '../../../src/shared/protocol.ts';
import { SESSION_UP, isRestarting, type SessionStatus } from '../../../src/shared/session-status.ts';
import {
  RESTART_GRACE_MS,
  ensureSession,
  onSessionAnswered,
  onWatchLost,
  recordSettingsPending,
  type SessionWatchDeps,
} from '../../../src/background/session-watch.ts';

/** A worker with one offscreen document that can close, hang or answer. */
function worker({ hadSession = true } = {}) {
  const world = { documents: 1, answers: true, status: SESSION_UP as SessionStatus, now: 1_000, told: [] as boolean[], pending: false };
  const deps: SessionWatchDeps = {
    offscreen: {
      hasDocument: async () => world.documents > 0,
      createDocument: async () => {
        world.documents += 1;
        world.answers = true;
      },
      closeDocument: async () => {
        world.documents -= 1;
      },
    },
    ping: async () => (world.documents > 0 && world.answers ? ok({ settingsPending: world.pending }) : fail('silent')),
    readStatus: async () => world.status,
    writeStatus: async (status) => {
      world.status = status;
    },
    hadSession: async () => hadSession,
    onRestartingChanged: (restarting) => void world.told.push(restarting),
    now: () => world.now,
  };
  return { world, deps };
}

describe('the session watch', () => {
  it('finds a live session alive and changes nothing', async () => {
    const { world, deps } = worker();
    expect(await ensureSession(deps)).toEqual({ alive: true });
    expect(world.status).toEqual(SESSION_UP);
    expect(world.told).toEqual([]);
  });

  it('marks a closed session restarting, tells the pages, and re-creates it', async () => {
    const { world, deps } = worker();
    world.documents = 0;
    expect(await ensureSession(deps)).toEqual({ alive: false });
    expect(isRestarting(world.status)).toBe(true);
    expect(world.told).toEqual([true]);
    expect(world.documents).toBe(1);

    await onSessionAnswered(deps);
    expect(world.status).toEqual(SESSION_UP);
    expect(world.told).toEqual([true, false]);
  });

  it('replaces a session that stopped answering, once, and gives the new one time to load', async () => {
    const { world, deps } = worker();
    world.answers = false;
    expect(await ensureSession(deps)).toEqual({ alive: false });
    expect(world.documents).toBe(1);
    world.answers = false; // the new document is still loading
    world.now += RESTART_GRACE_MS - 1;
    await ensureSession(deps);
    expect(world.told).toEqual([true]);
    expect(world.documents).toBe(1);
  });

  it('starts a first session without calling it a restart', async () => {
    const { world, deps } = worker({ hadSession: false });
    world.documents = 0;
    await ensureSession(deps);
    expect(world.status).toEqual(SESSION_UP);
    expect(world.documents).toBe(1);
  });

  it('learns from the watch port that the document is gone', async () => {
    const { world, deps } = worker();
    world.documents = 0;
    await onWatchLost(deps);
    expect(isRestarting(world.status)).toBe(true);
    expect(world.documents).toBe(1);
  });

  it('keeps what the session says of pending settings, from its message and from its ping', async () => {
    const { world, deps } = worker();
    await recordSettingsPending(deps, true);
    expect(world.status.settingsPending).toBe(true);
    world.pending = false;
    await ensureSession(deps);
    expect(world.status.settingsPending).toBe(false);
  });
});

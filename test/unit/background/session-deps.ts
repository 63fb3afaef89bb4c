// The router's session-owner part for tests that are about something else: a session that answers.
import { ok } from '../../../src/shared/protocol.ts';
import { SESSION_UP, type SessionStatus } from '../../../src/shared/session-status.ts';
import type { RouterDeps } from '../../../src/background/router.ts';

export function answeringSession(status: SessionStatus = SESSION_UP): Pick<RouterDeps, 'readSessionStatus' | 'session'> {
  return {
    readSessionStatus: async () => status,
    session: {
      ensure: async () => ok({ alive: true }),
      started: async () => undefined,
      answered: async () => undefined,
      settingsPending: async () => undefined,
    },
  };
}

// The settings push to the session owner, acknowledged by revision (issue 10, point 6). Each push
// gets a higher revision than the last; the session answers with the highest revision it has
// applied, and a push is sent again, with growing pauses, until that answer covers it. A newer push
// ends the retries of an older one. When every retry failed the push rejects, and the caller's
// failure report tells the agent; the session reads the stored settings again whenever it starts.
import * as v from 'valibot';
import { SettingsAckSchema, fail, type Reply, type ToOffscreen } from '../shared/protocol.ts';
import type { Settings } from '../shared/settings.ts';

export const RETRY_DELAYS_MS = [250, 500, 1000, 2000, 4000, 8000] as const;

export interface SettingsPushDeps {
  send(message: Extract<ToOffscreen, { kind: 'settings' }>): Promise<Reply>;
  wait(ms: number): Promise<void>;
}

export type PushOutcome = 'applied' | 'superseded';

function appliedRevision(reply: Reply): number {
  if (!reply.ok) return -1;
  const ack = v.safeParse(SettingsAckSchema, reply.value);
  return ack.success ? ack.output.applied : -1;
}

function failureOf(reply: Reply): string {
  return reply.ok ? 'the session did not acknowledge the settings' : reply.error.message;
}

/**
 * `firstRevision` seeds the count. The worker passes the time it started, so a worker that
 * restarted still sends revisions above those its predecessor sent to the same session.
 */
export function settingsPusher(deps: SettingsPushDeps, firstRevision: number): (settings: Settings) => Promise<PushOutcome> {
  let latest = firstRevision;
  return async (settings) => {
    latest += 1;
    const revision = latest;
    let failure = '';
    for (const delay of [0, ...RETRY_DELAYS_MS]) {
      if (delay > 0) await deps.wait(delay);
      if (revision !== latest) return 'superseded';
      const reply = await deps.send({ to: 'offscreen', kind: 'settings', settings, revision }).catch((error: unknown) => fail(String(error)));
      if (appliedRevision(reply) >= revision) return 'applied';
      failure = failureOf(reply);
    }
    throw new Error(failure);
  };
}

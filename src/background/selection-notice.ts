// What the agent is told after a selection transfer (context menu or shortcut): the target as it was
// parsed from the selection, so a selection read differently than meant is seen at once (issue 10, point 2).
import { t } from '../platform/i18n.ts';
import { displayTarget } from '../shared/phone.ts';
import { fail, type Reply, type ReplyError } from '../shared/protocol.ts';

/** A successful request's notice text. */
export function transferringTo(target: string): string {
  return t('bg_selectionTransferring', displayTarget(target));
}

/** A refused request again, its message naming the parsed target and already in words (so without codes). */
export function refusedFor(target: string, reply: Reply, describe: (error: ReplyError) => string): Reply {
  return reply.ok ? reply : fail(t('bg_selectionRefused', [displayTarget(target), describe(reply.error)]));
}

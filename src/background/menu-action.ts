// Runs a context-menu intent as a page action and tells the agent, by notification, what it did:
// the target it read from the selection or link, or why nothing was sent. The menu has no other
// surface to answer on.
import { t } from '../platform/i18n.ts';
import { explainReplyError } from '../platform/error-words.ts';
import { displayTarget } from '../shared/phone.ts';
import { fail, type Reply } from '../shared/protocol.ts';
import type { MenuIntent } from './menu-intent.ts';
import { chromeNotifier } from './notify.ts';
import { runPageAction, type RouterDeps } from './router.ts';
import { refusedFor, transferringTo } from './selection-notice.ts';

/** `selectionHidden`: the selection was read in a frame the agent cannot see (frame-selection.ts). */
export async function pageActionFromMenu(intent: MenuIntent, deps: RouterDeps, browser: typeof chrome, selectionHidden = false): Promise<Reply> {
  if (!intent.ok) return notified(browser, fail(t('bg_notATarget', intent.shown.slice(0, 80))));
  if (selectionHidden) return notified(browser, fail(t('bg_selectionHidden', displayTarget(intent.target))));
  const reply = refusedFor(intent.target, await runPageAction(intent.action, intent.target, deps), (error) => explainReplyError(error).reason);
  return notified(browser, reply, transferringTo(intent.target));
}

/** Shows the reply's outcome and hands it back. Rejects when the notification cannot be shown (failures.ts reports it). */
async function notified(browser: typeof chrome, reply: Reply, success?: string): Promise<Reply> {
  const message = reply.ok ? success : reply.error.message;
  if (message === undefined) return reply;
  await chromeNotifier(browser).show({ title: t(reply.ok ? 'bg_selectionTitle' : 'bg_transferFailedTitle'), message });
  return reply;
}

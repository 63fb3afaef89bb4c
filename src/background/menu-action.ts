// Runs a context-menu intent as a page action and tells the agent, by notification, when it
// could not start: the menu has no other surface to answer on.
import { t } from '../platform/i18n.ts';
import { explainReplyError } from '../platform/error-words.ts';
import { fail, type Reply } from '../shared/protocol.ts';
import type { MenuIntent } from './menu-intent.ts';
import { chromeNotifier } from './notify.ts';
import { runPageAction, type RouterDeps } from './router.ts';

export async function pageActionFromMenu(intent: MenuIntent, deps: RouterDeps, browser: typeof chrome): Promise<Reply> {
  const reply = intent.ok
    ? await runPageAction(intent.action, intent.target, deps)
    : fail(t('bg_notATarget', intent.shown.slice(0, 80)));
  if (!reply.ok) {
    const notice = { title: t('bg_transferFailedTitle'), message: explainReplyError(reply.error).reason };
    void chromeNotifier(browser).show(notice).catch((error: unknown) => deps.log(`Notification not shown: ${String(error)}`));
  }
  return reply;
}

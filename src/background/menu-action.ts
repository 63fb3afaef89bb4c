// Runs a context-menu intent as a page action and tells the agent, by notification, when it
// could not start: the menu has no other surface to answer on.
import { t } from '../platform/i18n.ts';
import { fail, type Reply } from '../shared/protocol.ts';
import type { MenuIntent } from './menu-intent.ts';
import { runPageAction, type RouterDeps } from './router.ts';

export async function pageActionFromMenu(intent: MenuIntent, deps: RouterDeps, browser: typeof chrome): Promise<Reply> {
  const reply = intent.ok
    ? await runPageAction(intent.action, intent.target, deps)
    : fail(t('bg_notATarget', intent.shown.slice(0, 80)));
  if (!reply.ok) notify(browser, reply.error.message);
  return reply;
}

function notify(browser: typeof chrome, message: string): void {
  void browser.notifications.create({
    type: 'basic',
    iconUrl: browser.runtime.getURL('icons/icon-128.png'),
    title: t('bg_transferFailedTitle'),
    message,
  });
}

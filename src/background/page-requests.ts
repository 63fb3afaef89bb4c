// A page action from a content script (a page control): admitted by the gate (page-gate.ts) or
// refused with a notification that names the target and says why; an outbound call, which costs
// money, first waits for the agent's yes in an extension window (confirm-window.ts) unless the agent
// or the admin turned that off (`confirmPageCalls`).
import { t } from '../platform/i18n.ts';
import { displayTarget } from '../shared/phone.ts';
import { fail, ok, type PageAction, type Reply } from '../shared/protocol.ts';
import { admitPageAction, type GateDeps, type GateRefusal, type PageOrigin } from './page-gate.ts';
import { planWithState } from './page-actions.ts';
import type { RouterDeps } from './router.ts';
import type { SenderInfo } from './trust.ts';

export interface PageRequestDeps {
  gate: GateDeps;
  /** Opens the extension window that asks the agent to confirm a call to `target`, asked by `site`. */
  confirmCall(target: string, site: string): Promise<void>;
  notify(title: string, message: string): void;
}

/** Reply value of a page call waiting for the agent's confirmation. */
export interface Confirming {
  confirming: true;
}

const REFUSAL_TEXT = {
  notActiveTab: 'bg_refusedNotActiveTab',
  tooManyRequests: 'bg_refusedTooManyRequests',
  targetNotShown: 'bg_refusedTargetNotShown',
} as const satisfies Record<GateRefusal, string>;

function originOf(sender: SenderInfo): PageOrigin | undefined {
  const tabId = sender.tab?.id;
  return tabId === undefined || sender.frameId === undefined ? undefined : { tabId, frameId: sender.frameId };
}

function siteOf(sender: SenderInfo): string {
  try {
    return new URL(sender.origin ?? sender.url ?? '').host;
  } catch {
    return '';
  }
}

export async function pageRequest(action: PageAction, target: string, sender: SenderInfo, router: RouterDeps, deps: PageRequestDeps): Promise<Reply> {
  const origin = originOf(sender);
  const refusal = origin ? await admitPageAction(origin, target, deps.gate) : 'notActiveTab';
  if (refusal) {
    const message = t(REFUSAL_TEXT[refusal], displayTarget(target));
    router.log(`Page action refused (${refusal}) from ${sender.url ?? 'unknown'}`);
    deps.notify(t('bg_refusedTitle'), message);
    return fail(message);
  }
  const { plan, settings } = await planWithState(action, target, router);
  if (!plan.ok) return fail(router.describeFailure(plan.reason));
  if (plan.command.type === 'startCall' && settings.confirmPageCalls) {
    await deps.confirmCall(target, siteOf(sender));
    return ok({ confirming: true } satisfies Confirming);
  }
  return router.forwardToOffscreen(plan.command);
}

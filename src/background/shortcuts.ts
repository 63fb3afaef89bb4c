// Keyboard shortcuts (issue 4, point 4). They take the router's own paths: an engine command is
// planned from the snapshot and forwarded exactly as the popup's are, and the selected text becomes
// a page action exactly as a context-menu click does, so no shortcut can do what those cannot.
// A shortcut has no view to answer in, so every refusal is a notification saying why.
import type { CountryCode } from 'libphonenumber-js/max';
import { currentCall, type EngineSnapshot } from '../shared/engine.ts';
import { findConsult } from '../shared/consult.ts';
import { fail, type Reply } from '../shared/protocol.ts';
import { t, type MessageKey } from '../platform/i18n.ts';
import { explainReplyError } from '../platform/error-words.ts';
import { MENU_TRANSFER, menuIntent } from './menu-intent.ts';
import { runPageAction, type RouterDeps } from './router.ts';
import type { CommandPlan } from './page-actions.ts';
import { refusedFor, transferringTo } from './selection-notice.ts';

/** The commands in manifest.json that reach onCommand (Chrome handles `_execute_action` itself). */
const SHORTCUTS = ['accept-incoming', 'hang-up', 'transfer-selection'] as const;
type Shortcut = (typeof SHORTCUTS)[number];

export interface ShortcutDeps {
  router: RouterDeps;
  /**
   * The selection of the tab's focused frame, if the agent can see it; '' when there is none, or
   * it is hidden; undefined when the extension may not read that frame.
   */
  readSelection(tabId: number): Promise<string | undefined>;
  activeTabId(): Promise<number | undefined>;
  dialingCountry(): Promise<CountryCode | undefined>;
  notify(title: string, message: string): void;
}

/** Also the titles of the commands in manifest.json, so a refusal is named as the agent knows it. */
const SHORTCUT_TITLES: Record<Shortcut, MessageKey> = {
  'accept-incoming': 'shortcuts_acceptIncoming',
  'hang-up': 'shortcuts_hangUp',
  'transfer-selection': 'shortcuts_transferSelection',
};

type Plan = CommandPlan<MessageKey>;

function isShortcut(name: string): name is Shortcut {
  return (SHORTCUTS as readonly string[]).includes(name);
}

/** Runs a shortcut by its command name; `tabId` is the tab it was pressed in, when Chrome says. */
export async function runShortcut(name: string, deps: ShortcutDeps, tabId?: number): Promise<Reply> {
  if (!isShortcut(name)) return fail(`Unknown shortcut '${name}'.`);
  const reply = await perform(name, deps, tabId);
  if (!reply.ok) deps.notify(t(SHORTCUT_TITLES[name]), explainReplyError(reply.error).reason);
  return reply;
}

async function perform(name: Shortcut, deps: ShortcutDeps, tabId: number | undefined): Promise<Reply> {
  switch (name) {
    case 'accept-incoming':
      return forward(planAccept(await deps.router.readSnapshot()), deps.router);
    case 'hang-up':
      return forward(planHangUp(await deps.router.readSnapshot()), deps.router);
    case 'transfer-selection':
      return transferSelection(deps, tabId ?? (await deps.activeTabId()));
  }
}

function forward(plan: Plan, router: RouterDeps): Promise<Reply> {
  return plan.ok ? router.forwardToOffscreen(plan.command) : Promise.resolve(fail(t(plan.reason)));
}

/** The caller who has waited longest is answered first; the session holds the current call before. */
function planAccept(snapshot: EngineSnapshot | undefined): Plan {
  if (snapshot?.connection !== 'connected') return { ok: false, reason: 'bg_notConnected' };
  const [first] = [...snapshot.incoming].sort((a, b) => a.receivedAt - b.receivedAt);
  return first ? { ok: true, command: { type: 'accept', incomingId: first.id } } : { ok: false, reason: 'shortcuts_noIncoming' };
}

/**
 * The call the popup shows as current is the one hung up. During a consult that ends the consult
 * call and takes the customer off hold, as the popup's Cancel does: never a customer left held.
 */
function planHangUp(snapshot: EngineSnapshot | undefined): Plan {
  const call = snapshot && currentCall(snapshot);
  if (!call) return { ok: false, reason: 'shortcuts_noCall' };
  const pair = findConsult(snapshot);
  if (pair?.consult.id === call.id) {
    return { ok: true, command: { type: 'cancelConsult', callId: pair.original.id, consultCallId: call.id } };
  }
  return { ok: true, command: { type: 'hangUp', callId: call.id } };
}

async function transferSelection(deps: ShortcutDeps, tabId: number | undefined): Promise<Reply> {
  const selection = tabId === undefined ? undefined : await deps.readSelection(tabId);
  if (selection === undefined) return fail(t('shortcuts_pageNotReadable'));
  if (selection.trim() === '') return fail(t('shortcuts_noSelection'));
  const intent = menuIntent({ menuItemId: MENU_TRANSFER, selectionText: selection }, await deps.dialingCountry());
  if (!intent.ok) return fail(t('bg_notATarget', intent.shown.slice(0, 80)));
  const reply = await runPageAction(intent.action, intent.target, deps.router);
  if (reply.ok) deps.notify(t('shortcuts_transferSelection'), transferringTo(intent.target));
  return refusedFor(intent.target, reply, (error) => explainReplyError(error).reason);
}

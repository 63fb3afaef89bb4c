// Notifications for what an agent would otherwise miss (issue 4, point 5): a transfer that
// completed or failed, a call ringing in. Only while no popup is open: the popup already says it,
// live and announced to screen readers.
import type { EngineSnapshot, IncomingSnapshot, PartySnapshot } from '../shared/engine.ts';
import { classifyError, formatErrorCode } from '../shared/call-errors.ts';
import { displayTarget } from '../shared/phone.ts';
import { t } from '../platform/i18n.ts';
import { arrivedIncoming, departedIncoming, finishedTransfers, transferTargetOf, type TransferOutcome } from './transitions.ts';

export interface Notice {
  /** Stable per event, so a repeated event updates its notification instead of stacking a second. */
  id?: string;
  title: string;
  message: string;
  /** Shown smaller, under the message: whose call it was. */
  contextMessage?: string;
  /** Stays until cleared: a ringing call is cleared as soon as it stops ringing. */
  requireInteraction?: boolean;
}

const ID_PREFIX = 'acs-transfer:';

function partyName(party: PartySnapshot): string {
  return party.displayName ?? displayTarget(party.rawId);
}

/** Simulated op ids restart with each engine, so the finishing time keeps ids of different transfers apart. */
function transferNoticeId(outcome: TransferOutcome): string {
  return `${ID_PREFIX}transfer:${outcome.transfer.opId}:${outcome.transfer.updatedAt}`;
}

function incomingNoticeId(incoming: IncomingSnapshot): string {
  return `${ID_PREFIX}incoming:${incoming.id}`;
}

function failureText(outcome: TransferOutcome, target: string): string {
  const { error } = outcome.transfer;
  const reason = t(`error_${error ? classifyError(error) : 'unexpected'}`);
  const failed = t('notify_transferFailed', [target, reason]);
  return error ? `${failed} ${t('notify_errorCode', formatErrorCode(error))}` : failed;
}

function transferNotice(outcome: TransferOutcome, snapshot: EngineSnapshot): Notice {
  const { call, transfer } = outcome;
  const target = partyName(transferTargetOf(transfer, snapshot.calls));
  const customer = call.remote[0];
  const done = transfer.state === 'Transferred';
  return {
    id: transferNoticeId(outcome),
    title: t(done ? 'notify_transferredTitle' : 'notify_failedTitle'),
    message: done
      ? t(transfer.mode === 'voicemail' ? 'notify_transferredToVoicemail' : 'notify_transferred', target)
      : failureText(outcome, target),
    ...(customer ? { contextMessage: partyName(customer) } : {}),
  };
}

function incomingNotice(incoming: IncomingSnapshot): Notice {
  const caller = partyName(incoming.caller);
  return {
    id: incomingNoticeId(incoming),
    title: t('notify_incomingTitle'),
    message: incoming.transferredBy
      ? t('notify_incomingTransferred', [caller, partyName(incoming.transferredBy)])
      : t('notify_incoming', caller),
    requireInteraction: true,
  };
}

/** What happened between two snapshots that deserves a notification. */
function noticesFor(previous: EngineSnapshot | undefined, next: EngineSnapshot): Notice[] {
  return [
    ...finishedTransfers(previous, next).map((outcome) => transferNotice(outcome, next)),
    ...arrivedIncoming(previous, next).map(incomingNotice),
  ];
}

/** Where notices go: Chrome's notifications in the worker (chromeNotifier), a fake in tests. */
export interface Notifier {
  isPopupOpen(): Promise<boolean>;
  show(notice: Notice): Promise<void>;
  clear(id: string): Promise<void>;
}

export function chromeNotifier(browser: typeof chrome): Notifier {
  return {
    isPopupOpen: async () => (await browser.runtime.getContexts({ contextTypes: ['POPUP'] })).length > 0,
    async show({ id, ...notice }) {
      const options = { type: 'basic' as const, iconUrl: browser.runtime.getURL('icons/icon-128.png'), ...notice };
      await (id === undefined ? browser.notifications.create(options) : browser.notifications.create(id, options));
    },
    async clear(id) {
      await browser.notifications.clear(id);
    },
  };
}

/** Shows the notices for a snapshot change and withdraws those of calls that stopped ringing. Never rejects. */
export async function notifyTransitions(
  notifier: Notifier,
  previous: EngineSnapshot | undefined,
  next: EngineSnapshot,
): Promise<void> {
  try {
    const withdrawn = departedIncoming(previous, next).map((incoming) => notifier.clear(incomingNoticeId(incoming)));
    const notices = noticesFor(previous, next);
    if (notices.length > 0 && !(await notifier.isPopupOpen())) await Promise.all(notices.map((notice) => notifier.show(notice)));
    await Promise.all(withdrawn);
  } catch (error) {
    console.warn(`[acs-transfer] Notification not shown: ${String(error)}`);
  }
}

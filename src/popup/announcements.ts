// What a screen reader should hear when a new snapshot arrives: calls connecting and ending,
// transfers starting, completing or failing, calls coming in. Nothing is said on first open.
import { isLive, type CallSnapshot, type EngineSnapshot, type TransferSnapshot } from '../shared/engine.ts';
import { t } from '../platform/i18n.ts';
import { describeParty, describeRemote, transferredText, transferStartedText } from './call-words.ts';
import { explainTransferFailure } from '../platform/error-words.ts';

function describeTransferChange(
  before: TransferSnapshot | undefined,
  after: TransferSnapshot | undefined,
): string | undefined {
  if (!after || (before?.opId === after.opId && before.state === after.state)) return undefined;
  switch (after.state) {
    case 'None':
      return undefined;
    case 'Transferring':
      return transferStartedText(after);
    case 'Transferred':
      return transferredText(after);
    case 'Failed':
      return t('popup_announceFailed', explainTransferFailure(after).reason);
  }
}

/** Hold and resume, whoever asked: switching calls, a transfer holding the call, or a failed one giving it back. */
function describeHoldChange(before: CallSnapshot | undefined, after: CallSnapshot, party: string): string | undefined {
  if (before?.state === 'Connected' && after.state === 'LocalHold') return t('popup_announceHeld', party);
  if (before?.state === 'LocalHold' && after.state === 'Connected') return t('popup_announceResumed', party);
  return undefined;
}

function describeCallChange(before: CallSnapshot | undefined, after: CallSnapshot): string[] {
  const party = describeRemote(after).name;
  const hasConnected = before?.connectedAt === undefined && after.connectedAt !== undefined && isLive(after);
  const hasEnded = before !== undefined && isLive(before) && !isLive(after);
  return [
    hasConnected ? t('popup_announceConnected', party) : undefined,
    describeTransferChange(before?.transfer, after.transfer),
    describeHoldChange(before, after, party),
    hasEnded ? t('popup_announceEnded', party) : undefined,
  ].filter((change) => change !== undefined);
}

export function describeChanges(previous: EngineSnapshot | undefined, next: EngineSnapshot): string[] {
  if (!previous) return [];
  const arrivals = next.incoming
    .filter((incoming) => !previous.incoming.some((known) => known.id === incoming.id))
    .map((incoming) => t('popup_announceIncoming', describeParty(incoming.caller).name));
  const callChanges = next.calls.flatMap((call) =>
    describeCallChange(
      previous.calls.find((known) => known.id === call.id),
      call,
    ),
  );
  return [...arrivals, ...callChanges];
}

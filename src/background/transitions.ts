// What changed between two mirrored snapshots, for the side effects that happen once per change:
// notifications and the transfer history. Snapshots reach here in rising `rev` order, one pair at
// a time (snapshot-mirror.ts), so comparing a pair sees each change exactly once.
import type { CallSnapshot, EngineSnapshot, IncomingSnapshot, PartySnapshot, TransferSnapshot } from '../shared/engine.ts';

type FinishedTransfer = TransferSnapshot & { state: 'Transferred' | 'Failed' };

export interface TransferOutcome {
  call: CallSnapshot;
  transfer: FinishedTransfer;
}

function isFinished(transfer: TransferSnapshot | undefined): transfer is FinishedTransfer {
  return transfer?.state === 'Transferred' || transfer?.state === 'Failed';
}

/** Transfers that reached Transferred or Failed in `next`; an outcome already seen in `previous` is not new. */
export function finishedTransfers(previous: EngineSnapshot | undefined, next: EngineSnapshot): TransferOutcome[] {
  return next.calls.flatMap((call) => {
    const transfer = call.transfer;
    if (!isFinished(transfer)) return [];
    const before = previous?.calls.find((known) => known.id === call.id)?.transfer;
    const seen = before?.opId === transfer.opId && before.state === transfer.state;
    return seen ? [] : [{ call, transfer }];
  });
}

/** Calls that started ringing for us since `previous`. */
export function arrivedIncoming(previous: EngineSnapshot | undefined, next: EngineSnapshot): IncomingSnapshot[] {
  return next.incoming.filter((incoming) => !previous?.incoming.some((known) => known.id === incoming.id));
}

/** Calls that stopped ringing (accepted, declined, missed or withdrawn) since `previous`. */
export function departedIncoming(previous: EngineSnapshot | undefined, next: EngineSnapshot): IncomingSnapshot[] {
  return previous ? arrivedIncoming(next, previous) : [];
}

/**
 * Who a transfer went to. A consult transfer targets the consult call: the person is that call's
 * remote party, while the snapshot still holds the call.
 */
export function transferTargetOf(transfer: TransferSnapshot, calls: readonly CallSnapshot[]): PartySnapshot {
  const consulted = transfer.mode === 'call' ? calls.find((call) => call.id === transfer.target)?.remote[0] : undefined;
  return consulted ?? { rawId: transfer.target };
}

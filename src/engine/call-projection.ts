// SDK call objects → plain CallSnapshots. Nothing from the SDK leaves this module but strings,
// numbers and booleans: snapshots must survive JSON (docs/design.md, Contracts).
import type { CallerInfo } from '@azure/communication-calling';
import { ERR } from '../shared/call-errors.ts';
import { LIVE_CALL_STATES, type CallSnapshot, type ErrorCode, type PartySnapshot, type TransferSnapshot } from '../shared/engine.ts';
import { definedOnly } from '../shared/plain-data.ts';
import type { CallingSdk, SdkCall, SdkParticipant } from './sdk-port.ts';

/** What the engine remembers about a call beyond what the SDK object tells. */
export interface CallRecord {
  readonly call: SdkCall;
  /** Every id the call has had: a command may still carry the one startCall returned (idChanged, docs/acs-sdk.md §5). */
  readonly ids: Set<string>;
  readonly startedAt: number;
  connectedAt?: number;
  endedAt?: number;
  /** The latest transfer we started on this call. */
  transfer?: TransferSnapshot;
  /** Who handed this call to us, learnt from transferAccepted on the call it replaced. */
  transferredBy?: PartySnapshot;
  /** Its agent was replaced while the call was live: it can send no more events, so it counts as ended. */
  lost?: boolean;
  /** The call as last published; what remains once the call has ended. */
  snapshot: CallSnapshot;
}

export function partyOf(
  sdk: CallingSdk,
  who: CallerInfo | SdkParticipant | undefined,
): PartySnapshot | undefined {
  if (!who?.identifier) return undefined;
  return definedOnly({ rawId: sdk.getIdentifierRawId(who.identifier), displayName: who.displayName });
}

function endReasonOf({ call, lost }: Omit<CallRecord, 'snapshot'>): ErrorCode | undefined {
  const reason = call.callEndReason;
  if (reason) return definedOnly({ code: reason.code, subCode: reason.subCode });
  return lost ? ERR.disconnected : undefined;
}

export function createRecord(sdk: CallingSdk, call: SdkCall, now: number): CallRecord {
  const facts: Omit<CallRecord, 'snapshot'> = { call, ids: new Set(), startedAt: now };
  const snapshot = project(sdk, facts, now);
  return { ...facts, snapshot };
}

/** Re-reads the call into `record.snapshot`: after every SDK event about it. */
export function refreshRecord(sdk: CallingSdk, record: CallRecord, now: number): void {
  record.snapshot = project(sdk, record, now);
}

/** The call's current state, stamping when it first connected and ended. */
function project(sdk: CallingSdk, facts: Omit<CallRecord, 'snapshot'>, now: number): CallSnapshot {
  const { call } = facts;
  facts.ids.add(call.id);
  const state = facts.lost && LIVE_CALL_STATES.has(call.state) ? 'Disconnected' : call.state;
  if (state === 'Connected') facts.connectedAt ??= now;
  if (state === 'Disconnected') facts.endedAt ??= now;
  return definedOnly({
    id: call.id,
    direction: call.direction,
    state,
    isMuted: call.isMuted,
    remote: call.remoteParticipants.flatMap((participant) => partyOf(sdk, participant) ?? []),
    startedAt: facts.startedAt,
    connectedAt: facts.connectedAt,
    endedAt: facts.endedAt,
    endReason: state === 'Disconnected' ? endReasonOf(facts) : undefined,
    transfer: facts.transfer,
    transferredBy: partyOf(sdk, call.transferorInfo) ?? facts.transferredBy,
  });
}

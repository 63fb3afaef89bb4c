// The one boundary between the extension and calling. Everything here is plain, JSON-safe data:
// snapshots cross chrome.runtime messaging, storage.session and (for the ACS engine) postMessage.
import type { CallSnapshot, CallStatus, EngineSnapshot, ErrorCode, TransferRequest, TransferSnapshot } from './schemas.ts';

/** An ACS raw id: `4:+E164`, `8:acs:…`, `8:orgid:…`, `28:orgid:…` (see raw-id.ts). */
export type RawId = string;

// The data the engine publishes and takes is typed by its schemas (schemas.ts), so the type and
// what survives a parse are the same shape.
export type {
  CallSnapshot,
  CallStatus,
  ConnectionReason,
  ConnectionStatus,
  EngineError,
  EngineSnapshot,
  ErrorCode,
  ErrorReason,
  IncomingSnapshot,
  PartySnapshot,
  TransferMode,
  TransferRequest,
  TransferSnapshot,
  TransferStatus,
} from './schemas.ts';

export interface StartCallOptions {
  /** Caller id for calls to phone numbers (an ACS-owned E.164 number). */
  alternateCallerId?: string;
}

export type SnapshotListener = (snapshot: EngineSnapshot) => void;

export interface CallEngine {
  start(): Promise<void>;
  dispose(): Promise<void>;
  getSnapshot(): EngineSnapshot;
  subscribe(listener: SnapshotListener): () => void;
  /** Resolves with the new call's id; rejects with an EngineFailure when the call cannot start. */
  startCall(targets: RawId[], options?: StartCallOptions): Promise<string>;
  accept(incomingId: string): Promise<string>;
  reject(incomingId: string): Promise<void>;
  hold(callId: string): Promise<void>;
  resume(callId: string): Promise<void>;
  setMuted(callId: string, muted: boolean): Promise<void>;
  hangUp(callId: string): Promise<void>;
  /** Never rejects for SDK failures: the outcome is in the returned and published TransferSnapshot. */
  transfer(request: TransferRequest): Promise<TransferSnapshot>;
  /** Removes an ended call from the snapshot. */
  dismiss(callId: string): Promise<void>;
}

/** A failed engine operation, carried across contexts as data. */
export class EngineFailure extends Error {
  /** A failure with one of the engine's codes (call-errors.ts ERR). */
  static of(message: string, { code, subCode }: ErrorCode): EngineFailure {
    return new EngineFailure(message, code, subCode);
  }

  constructor(
    message: string,
    readonly code: number,
    readonly subCode?: number,
  ) {
    super(message);
    this.name = 'EngineFailure';
  }
}

export const LIVE_CALL_STATES: ReadonlySet<CallStatus> = new Set<CallStatus>([
  'None',
  'Connecting',
  'Ringing',
  'EarlyMedia',
  'Connected',
  'LocalHold',
  'RemoteHold',
  'InLobby',
  'Disconnecting',
]);

export function isLive(call: CallSnapshot): boolean {
  return LIVE_CALL_STATES.has(call.state);
}

/** A call whose party can be transferred now: connected or held by us, with no transfer under way. */
export function isTransferable(call: CallSnapshot): boolean {
  const inCall = call.state === 'Connected' || call.state === 'LocalHold';
  return inCall && call.remote.length === 1 && !isTransferUnderWay(call.transfer);
}

/**
 * Requested (None: published the moment the command arrives, before the hold) or Transferring. The
 * engine refuses a second transfer of the call meanwhile, so no view offers one.
 */
export function isTransferUnderWay(transfer: TransferSnapshot | undefined): boolean {
  return transfer?.state === 'None' || transfer?.state === 'Transferring';
}

/** The call the agent is working on: the newest live call that is not on our hold, else the newest live call. */
export function currentCall(snapshot: EngineSnapshot): CallSnapshot | undefined {
  const live = snapshot.calls.filter(isLive);
  return live.findLast((c) => c.state !== 'LocalHold') ?? live.at(-1);
}

// The one boundary between the extension and calling. Everything here is plain, JSON-safe data:
// snapshots cross chrome.runtime messaging, storage.session and (for the ACS engine) postMessage.

/** An ACS raw id: `4:+E164`, `8:acs:…`, `8:orgid:…`, `28:orgid:…` (see raw-id.ts). */
export type RawId = string;

export type ConnectionStatus = 'idle' | 'starting' | 'connected' | 'disconnected' | 'failed' | 'disposed';
export type ConnectionReason = 'invalidToken' | 'connectionIssue';

/** Mirrors the SDK's CallState literal for literal; the ACS engine asserts the equality at compile time. */
export type CallStatus =
  | 'None'
  | 'Connecting'
  | 'Ringing'
  | 'Connected'
  | 'LocalHold'
  | 'RemoteHold'
  | 'InLobby'
  | 'Disconnecting'
  | 'Disconnected'
  | 'EarlyMedia';

/** Mirrors the SDK's TransferState. */
export type TransferStatus = 'None' | 'Transferring' | 'Transferred' | 'Failed';

export type TransferMode = 'participant' | 'voicemail' | 'call';

/**
 * What the engine knows beyond the code, where the code alone says too little: {0, 0} only says
 * "refused at once", and a transfer can end with no verdict from the SDK at all.
 */
export type ErrorReason =
  /** Refused at once: the call was not on hold. */
  | 'notOnHold'
  /** Refused at once: the consult call it should go into had ended. */
  | 'consultCallGone'
  /** Failed without any code that says why. */
  | 'noCode'
  /** The call ended while the transfer was under way. */
  | 'callEnded'
  /** The SDK dropped the transfer back to None after Transferring. */
  | 'dropped'
  /** No verdict came within the engine's watchdog. */
  | 'noOutcome';

export interface ErrorCode {
  code: number;
  subCode?: number;
  reason?: ErrorReason;
}

export interface EngineError extends ErrorCode {
  message: string;
  origin: 'sdk' | 'engine';
  at: number;
}

export interface PartySnapshot {
  rawId: RawId;
  displayName?: string;
}

export interface TransferSnapshot {
  opId: string;
  callId: string;
  mode: TransferMode;
  /** A raw id, or the target call id when mode is 'call'. */
  target: string;
  state: TransferStatus;
  error?: ErrorCode;
  startedAt: number;
  updatedAt: number;
}

export interface CallSnapshot {
  id: string;
  direction: 'Incoming' | 'Outgoing';
  state: CallStatus;
  isMuted: boolean;
  remote: PartySnapshot[];
  startedAt: number;
  /** When the call reached Connected for the first time. */
  connectedAt?: number;
  endedAt?: number;
  endReason?: ErrorCode;
  /** The latest transfer we initiated on this call (transferor side). */
  transfer?: TransferSnapshot;
  /** We are the transferee: this call came to us through a transfer by this party. */
  transferredBy?: PartySnapshot;
}

export interface IncomingSnapshot {
  id: string;
  caller: PartySnapshot;
  transferredBy?: PartySnapshot;
  receivedAt: number;
}

export interface EngineSnapshot {
  rev: number;
  engine: 'simulated' | 'acs';
  connection: ConnectionStatus;
  connectionReason?: ConnectionReason;
  self?: RawId;
  /** Live calls and ended calls kept until dismissed or replaced, oldest first. */
  calls: CallSnapshot[];
  incoming: IncomingSnapshot[];
  lastError?: EngineError;
}

export interface TransferRequest {
  callId: string;
  mode: TransferMode;
  /** A raw id for 'participant' and 'voicemail'; the consult call's id for 'call'. */
  target: string;
  /** Hang the original call up once the transfer is Transferred (default true). */
  hangUpOnSuccess?: boolean;
  disableForwardingAndUnanswered?: boolean;
}

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
  return inCall && call.remote.length === 1 && call.transfer?.state !== 'Transferring';
}

/** The call the agent is working on: the newest live call that is not on our hold, else the newest live call. */
export function currentCall(snapshot: EngineSnapshot): CallSnapshot | undefined {
  const live = snapshot.calls.filter(isLive);
  return live.findLast((c) => c.state !== 'LocalHold') ?? live.at(-1);
}

// Valibot schemas for the data every context hands to another. Parsed, never cast: page content,
// content-script messages and (later) the calling host are hostile until these accept them.
import * as v from 'valibot';
import { isValidRawId } from './raw-id.ts';
import type { StorageItemSpec } from './storage-item.ts';

export const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));

export const RawIdSchema = v.pipe(
  v.string(),
  v.maxLength(300),
  v.check(isValidRawId, 'not a phone number, ACS user or Teams id'),
);

/**
 * What the engine knows beyond the code, where the code alone says too little: {0, 0} only says
 * "refused at once", and a transfer can end with no verdict from the SDK at all.
 * - notOnHold: refused at once, the call was not on hold;
 * - consultCallGone: refused at once, the consult call it should go into had ended;
 * - noCode: failed without any code that says why;
 * - callEnded: the call ended while the transfer was under way;
 * - dropped: the SDK dropped the transfer back to None after Transferring;
 * - noOutcome: no verdict came within the engine's watchdog.
 */
export const ErrorReasonSchema = v.picklist(['notOnHold', 'consultCallGone', 'noCode', 'callEnded', 'dropped', 'noOutcome']);

export const ErrorCodeSchema = v.object({
  code: v.pipe(v.number(), v.integer()),
  subCode: v.optional(v.pipe(v.number(), v.integer())),
  reason: v.optional(ErrorReasonSchema),
});

const Timestamp = v.pipe(v.number(), v.minValue(0));

const PartySchema = v.object({
  rawId: v.pipe(v.string(), v.maxLength(300)),
  displayName: v.optional(v.pipe(v.string(), v.maxLength(200))),
});

export const TransferModeSchema = v.picklist(['participant', 'voicemail', 'call']);

/** The SDK's TransferState, literal for literal. */
export const TransferStatusSchema = v.picklist(['None', 'Transferring', 'Transferred', 'Failed']);

export const TransferSnapshotSchema = v.object({
  opId: Id,
  callId: Id,
  mode: TransferModeSchema,
  /** A raw id, or the target call id when mode is 'call'. */
  target: v.pipe(v.string(), v.maxLength(300)),
  state: TransferStatusSchema,
  error: v.optional(ErrorCodeSchema),
  startedAt: Timestamp,
  updatedAt: Timestamp,
});

/** The SDK's CallState literal for literal; the SDK port asserts the equality at compile time. */
export const CallStatusSchema = v.picklist([
  'None',
  'Connecting',
  'Ringing',
  'Connected',
  'LocalHold',
  'RemoteHold',
  'InLobby',
  'Disconnecting',
  'Disconnected',
  'EarlyMedia',
]);

const CallSnapshotSchema = v.object({
  id: Id,
  direction: v.picklist(['Incoming', 'Outgoing']),
  state: CallStatusSchema,
  isMuted: v.boolean(),
  remote: v.pipe(v.array(PartySchema), v.maxLength(50)),
  startedAt: Timestamp,
  /** When the call reached Connected for the first time. */
  connectedAt: v.optional(Timestamp),
  endedAt: v.optional(Timestamp),
  endReason: v.optional(ErrorCodeSchema),
  /** The latest transfer we initiated on this call (transferor side). */
  transfer: v.optional(TransferSnapshotSchema),
  /** We are the transferee: this call came to us through a transfer by this party. */
  transferredBy: v.optional(PartySchema),
});

const IncomingSnapshotSchema = v.object({
  id: Id,
  caller: PartySchema,
  transferredBy: v.optional(PartySchema),
  receivedAt: Timestamp,
});

const ConnectionStatusSchema = v.picklist(['idle', 'starting', 'connected', 'disconnected', 'failed', 'disposed']);
const ConnectionReasonSchema = v.picklist(['invalidToken', 'connectionIssue']);

const EngineErrorSchema = v.object({
  ...ErrorCodeSchema.entries,
  message: v.pipe(v.string(), v.maxLength(1000)),
  origin: v.picklist(['sdk', 'engine']),
  at: Timestamp,
});

/**
 * The whole truth about calls that the views show. Every shape the engine publishes is derived
 * from this schema, so a field cannot exist in the type and be stripped by the parse that the
 * storage mirror and the bridge run (v.object drops unknown keys).
 */
export const EngineSnapshotSchema = v.object({
  rev: v.pipe(v.number(), v.integer(), v.minValue(0)),
  engine: v.picklist(['simulated', 'acs']),
  connection: ConnectionStatusSchema,
  connectionReason: v.optional(ConnectionReasonSchema),
  self: v.optional(v.pipe(v.string(), v.maxLength(300))),
  /** Live calls and ended calls kept until dismissed or replaced, oldest first. */
  calls: v.pipe(v.array(CallSnapshotSchema), v.maxLength(100)),
  incoming: v.pipe(v.array(IncomingSnapshotSchema), v.maxLength(20)),
  lastError: v.optional(EngineErrorSchema),
});

export const TransferRequestSchema = v.strictObject({
  callId: Id,
  mode: TransferModeSchema,
  /** A raw id for 'participant' and 'voicemail'; the consult call's id for 'call'. */
  target: v.pipe(v.string(), v.minLength(1), v.maxLength(300)),
  /** Hang the original call up once the transfer is Transferred (default true). */
  hangUpOnSuccess: v.optional(v.boolean()),
  disableForwardingAndUnanswered: v.optional(v.boolean()),
});

export type ErrorReason = v.InferOutput<typeof ErrorReasonSchema>;
export type ErrorCode = v.InferOutput<typeof ErrorCodeSchema>;
export type EngineError = v.InferOutput<typeof EngineErrorSchema>;
export type PartySnapshot = v.InferOutput<typeof PartySchema>;
export type TransferMode = v.InferOutput<typeof TransferModeSchema>;
export type TransferStatus = v.InferOutput<typeof TransferStatusSchema>;
export type TransferSnapshot = v.InferOutput<typeof TransferSnapshotSchema>;
export type CallStatus = v.InferOutput<typeof CallStatusSchema>;
export type CallSnapshot = v.InferOutput<typeof CallSnapshotSchema>;
export type IncomingSnapshot = v.InferOutput<typeof IncomingSnapshotSchema>;
export type ConnectionStatus = v.InferOutput<typeof ConnectionStatusSchema>;
export type ConnectionReason = v.InferOutput<typeof ConnectionReasonSchema>;
export type EngineSnapshot = v.InferOutput<typeof EngineSnapshotSchema>;
export type TransferRequest = v.InferOutput<typeof TransferRequestSchema>;

/** storage.session key of the mirrored snapshot (docs/design.md, Contracts). */
export const SNAPSHOT_KEY = 'engineSnapshot';

/** The mirrored snapshot in storage.session; none until the session owner has published one that parses. */
export const SNAPSHOT_ITEM: StorageItemSpec<EngineSnapshot | undefined> = { key: SNAPSHOT_KEY, schema: EngineSnapshotSchema, fallback: undefined };

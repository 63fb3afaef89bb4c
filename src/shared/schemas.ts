// Valibot schemas for the data every context hands to another. Parsed, never cast: page content,
// content-script messages and (later) the calling host are hostile until these accept them.
import * as v from 'valibot';
import { isValidRawId } from './raw-id.ts';

export const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));

export const RawIdSchema = v.pipe(
  v.string(),
  v.maxLength(300),
  v.check(isValidRawId, 'not a phone number, ACS user or Teams id'),
);

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

export const TransferSnapshotSchema = v.object({
  opId: Id,
  callId: Id,
  mode: TransferModeSchema,
  target: v.pipe(v.string(), v.maxLength(300)),
  state: v.picklist(['None', 'Transferring', 'Transferred', 'Failed']),
  error: v.optional(ErrorCodeSchema),
  startedAt: Timestamp,
  updatedAt: Timestamp,
});

const CallSnapshotSchema = v.object({
  id: Id,
  direction: v.picklist(['Incoming', 'Outgoing']),
  state: v.picklist([
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
  ]),
  isMuted: v.boolean(),
  remote: v.pipe(v.array(PartySchema), v.maxLength(50)),
  startedAt: Timestamp,
  connectedAt: v.optional(Timestamp),
  endedAt: v.optional(Timestamp),
  endReason: v.optional(ErrorCodeSchema),
  transfer: v.optional(TransferSnapshotSchema),
  transferredBy: v.optional(PartySchema),
});

export const EngineSnapshotSchema = v.object({
  rev: v.pipe(v.number(), v.integer(), v.minValue(0)),
  engine: v.picklist(['simulated', 'acs']),
  connection: v.picklist(['idle', 'starting', 'connected', 'disconnected', 'failed', 'disposed']),
  connectionReason: v.optional(v.picklist(['invalidToken', 'connectionIssue'])),
  self: v.optional(v.pipe(v.string(), v.maxLength(300))),
  calls: v.pipe(v.array(CallSnapshotSchema), v.maxLength(100)),
  incoming: v.pipe(
    v.array(
      v.object({
        id: Id,
        caller: PartySchema,
        transferredBy: v.optional(PartySchema),
        receivedAt: Timestamp,
      }),
    ),
    v.maxLength(20),
  ),
  lastError: v.optional(
    v.object({
      ...ErrorCodeSchema.entries,
      message: v.pipe(v.string(), v.maxLength(1000)),
      origin: v.picklist(['sdk', 'engine']),
      at: Timestamp,
    }),
  ),
});

export const TransferRequestSchema = v.strictObject({
  callId: Id,
  mode: TransferModeSchema,
  target: v.pipe(v.string(), v.minLength(1), v.maxLength(300)),
  hangUpOnSuccess: v.optional(v.boolean()),
  disableForwardingAndUnanswered: v.optional(v.boolean()),
});

/** storage.session key of the mirrored snapshot (docs/design.md, Contracts). */
export const SNAPSHOT_KEY = 'engineSnapshot';

export function parseSnapshot(value: unknown): v.InferOutput<typeof EngineSnapshotSchema> | undefined {
  const parsed = v.safeParse(EngineSnapshotSchema, value);
  return parsed.success ? parsed.output : undefined;
}

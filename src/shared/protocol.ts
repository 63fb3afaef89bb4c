// The channels between extension contexts, one command table each (shared/channel.ts derives
// their messages, sender checks, dispatch and typed replies). A message names where it is going
// (`to`), because runtime.sendMessage reaches every extension page, not only the addressee.
import * as v from 'valibot';
import { Id, RawIdSchema, EngineSnapshotSchema, TransferRequestSchema, TransferSnapshotSchema } from './schemas.ts';
import { isValidRawId } from './raw-id.ts';
import { SettingsSchema } from './settings.ts';
import { DeviceListSchema } from './devices.ts';
import { SessionDiagnosticsSchema } from './diagnostics.ts';
import { defineChannel, type MessageOf } from './channel.ts';
import { PAGE_REQUESTS, from } from './page-channel.ts';

export {
  PageActionSchema,
  PageStateSchema,
  TO_CONTENT,
  TabTargetsSchema,
  ToContentSchema,
  type PageAction,
  type PageState,
  type SenderRole,
  type TabTargets,
  type ToContent,
} from './page-channel.ts';

export { describeIssues, fail, ok, type Reply, type ReplyError, type SequenceStep } from './reply.ts';


const CallRef = { callId: Id };
const NoReply = v.null();
const CallIdReply = v.strictObject({ callId: Id });

/** A transfer request whose target is a raw id, unless it goes into another call (then a call id). */
const CheckedTransferRequestSchema = v.pipe(
  TransferRequestSchema,
  v.check((request) => request.mode === 'call' || isValidRawId(request.target), 'the transfer target is not a phone number, ACS user or Teams id'),
);

/** Scripted events of the simulated engine (docs/design.md: scriptable scenarios). */
export const SimulationSchema = v.picklist(['demoCall', 'incomingCall', 'incomingTransfer', 'beingTransferred', 'groupCall', 'connectionLoss', 'tokenExpiry']);
export type Simulation = v.InferOutput<typeof SimulationSchema>;

/**
 * What the session can be asked to do (src/offscreen/session.ts runs them). Only extension pages
 * may send these: they reach the session through the worker's `command`.
 */
export const ENGINE_COMMANDS = defineChannel('type', {}, {
  startCall: { input: { targets: v.pipe(v.array(RawIdSchema), v.minLength(1), v.maxLength(1)) }, reply: CallIdReply },
  /** Answers a ringing call; the call the agent is talking on goes on hold first (docs/design.md, Sequences). */
  accept: { input: { incomingId: Id }, reply: CallIdReply },
  reject: { input: { incomingId: Id }, reply: NoReply },
  hold: { input: CallRef, reply: NoReply },
  resume: { input: CallRef, reply: NoReply },
  setMuted: { input: { ...CallRef, muted: v.boolean() }, reply: NoReply },
  hangUp: { input: CallRef, reply: NoReply },
  dismiss: { input: CallRef, reply: NoReply },
  /** Takes up a held call: the call the agent is talking on goes on hold first. */
  switchTo: { input: CallRef, reply: NoReply },
  transfer: { input: { request: CheckedTransferRequestSchema }, reply: TransferSnapshotSchema },
  /** The call's failed transfer once more: the same mode and target, as the snapshot records them. */
  retryTransfer: { input: CallRef, reply: TransferSnapshotSchema },
  /** Consult first: hold the call and start a call to the target. */
  consult: { input: { ...CallRef, target: RawIdSchema }, reply: CallIdReply },
  /** The two calls of a consult: the original is transferred into the consult call. */
  completeConsult: { input: { ...CallRef, consultCallId: Id }, reply: TransferSnapshotSchema },
  /** The two calls of a consult: the consult call is hung up and the original taken off hold. */
  cancelConsult: { input: { ...CallRef, consultCallId: Id }, reply: NoReply },
  simulate: { input: { scenario: SimulationSchema }, reply: NoReply },
});
const EngineCommandSchema = ENGINE_COMMANDS.schema;
export type EngineCommand = MessageOf<typeof ENGINE_COMMANDS>;


/** Reply to `settings`: the highest settings revision the session owner has applied. */
export const SettingsAckSchema = v.strictObject({ applied: v.pipe(v.number(), v.safeInteger(), v.minValue(0)) });
export type SettingsAck = v.InferOutput<typeof SettingsAckSchema>;

/** Reply to `ping`. */
export const SessionPingSchema = v.strictObject({ settingsPending: v.boolean() });
export type SessionPing = v.InferOutput<typeof SessionPingSchema>;

/** Reply to `ensureSession`: whether the session owner answered in time. */
export const SessionCheckSchema = v.strictObject({ alive: v.boolean() });
export type SessionCheck = v.InferOutput<typeof SessionCheckSchema>;

/** Reply to `offscreenReady`: what the session owner needs to start. */
export const OffscreenStartSchema = v.strictObject({ settings: SettingsSchema, lastRev: v.pipe(v.number(), v.integer(), v.minValue(0)) });
export type OffscreenStart = v.InferOutput<typeof OffscreenStartSchema>;

/**
 * Messages the service worker accepts, and who may send each (background/trust.ts classifies the
 * sender, background/router.ts handles them). Content scripts run inside hostile pages: they may
 * only ask for page actions on a raw id and for the page state.
 */
export const TO_BACKGROUND = defineChannel('kind', { to: v.literal('background') }, {
  /** An engine command; the reply is the session's, passed on as it came. */
  command: { input: { command: EngineCommandSchema }, reply: v.unknown(), from: from('extensionPage') },
  ...PAGE_REQUESTS,
  snapshot: { input: { snapshot: EngineSnapshotSchema }, reply: NoReply, from: from('offscreen') },
  offscreenReady: { input: {}, reply: OffscreenStartSchema, from: from('offscreen') },
  /** The session owner: saved settings wait for the live call to end (docs/design.md, Settings). */
  sessionStatus: { input: { settingsPending: v.boolean() }, reply: NoReply, from: from('offscreen') },
  /** A view opening, and every moment while open: is the session owner answering? Re-creates it if not. */
  ensureSession: { input: {}, reply: SessionCheckSchema, from: from('extensionPage') },
  /** The options page only: the devices the session's engine can use, and its diagnostics (which carry the call log). */
  listDevices: { input: {}, reply: DeviceListSchema, from: from('extensionPage') },
  getDiagnostics: { input: {}, reply: SessionDiagnosticsSchema, from: from('extensionPage') },
});
export const ToBackgroundSchema = TO_BACKGROUND.schema;
export type ToBackground = MessageOf<typeof TO_BACKGROUND>;

/** Messages the offscreen document accepts, from the service worker only (offscreen/main.ts checks). */
export const TO_OFFSCREEN = defineChannel('kind', { to: v.literal('offscreen') }, {
  engineCommand: { input: { command: EngineCommandSchema }, reply: v.unknown() },
  /** Acknowledged with the highest revision applied; the worker sends it again until that covers `revision`. */
  settings: { input: { settings: SettingsSchema, revision: v.pipe(v.number(), v.safeInteger(), v.minValue(0)) }, reply: SettingsAckSchema },
  listDevices: { input: {}, reply: DeviceListSchema },
  getDiagnostics: { input: {}, reply: SessionDiagnosticsSchema },
  /** The worker's liveness probe; answered without waiting for any command. */
  ping: { input: {}, reply: SessionPingSchema },
});
export const ToOffscreenSchema = TO_OFFSCREEN.schema;
export type ToOffscreen = MessageOf<typeof TO_OFFSCREEN>;


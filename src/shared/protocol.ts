// Every message that crosses an extension context, with its schema. A message names where it is
// going (`to`), because runtime.sendMessage reaches every extension page, not only the addressee.
import * as v from 'valibot';
import { Id, RawIdSchema, EngineSnapshotSchema, TransferRequestSchema } from './schemas.ts';
import { isValidRawId } from './raw-id.ts';
import { SettingsSchema } from './settings.ts';

const CallRef = { callId: Id };

const TransferCommand = v.pipe(
  v.strictObject({ type: v.literal('transfer'), request: TransferRequestSchema }),
  v.check(
    ({ request }) => request.mode === 'call' || isValidRawId(request.target),
    'the transfer target is not a phone number, ACS user or Teams id',
  ),
);

/** Scripted events of the simulated engine (docs/design.md: scriptable scenarios). */
export const SimulationSchema = v.picklist(['demoCall', 'incomingCall', 'incomingTransfer', 'beingTransferred', 'groupCall', 'connectionLoss', 'tokenExpiry']);
export type Simulation = v.InferOutput<typeof SimulationSchema>;

/** What the engine can be asked to do. Only extension pages may send these. */
export const EngineCommandSchema = v.variant('type', [
  v.strictObject({ type: v.literal('startCall'), targets: v.pipe(v.array(RawIdSchema), v.minLength(1), v.maxLength(1)) }),
  /** Answers a ringing call; the call the agent is talking on goes on hold first (docs/design.md, Sequences). */
  v.strictObject({ type: v.literal('accept'), incomingId: Id }),
  v.strictObject({ type: v.literal('reject'), incomingId: Id }),
  v.strictObject({ type: v.literal('hold'), ...CallRef }),
  v.strictObject({ type: v.literal('resume'), ...CallRef }),
  v.strictObject({ type: v.literal('setMuted'), ...CallRef, muted: v.boolean() }),
  v.strictObject({ type: v.literal('hangUp'), ...CallRef }),
  v.strictObject({ type: v.literal('dismiss'), ...CallRef }),
  /** Takes up a held call: the call the agent is talking on goes on hold first. */
  v.strictObject({ type: v.literal('switchTo'), ...CallRef }),
  TransferCommand,
  /** Consult first: hold the call and start a call to the target. */
  v.strictObject({ type: v.literal('consult'), ...CallRef, target: RawIdSchema }),
  /** The two calls of a consult: the original is transferred into the consult call. */
  v.strictObject({ type: v.literal('completeConsult'), ...CallRef, consultCallId: Id }),
  /** The two calls of a consult: the consult call is hung up and the original taken off hold. */
  v.strictObject({ type: v.literal('cancelConsult'), ...CallRef, consultCallId: Id }),
  v.strictObject({ type: v.literal('simulate'), scenario: SimulationSchema }),
]);
export type EngineCommand = v.InferOutput<typeof EngineCommandSchema>;

/** What a page control may ask for: an action on one raw id, never a call id or engine detail. */
export const PageActionSchema = v.picklist(['transfer', 'consult', 'voicemail', 'call']);
export type PageAction = v.InferOutput<typeof PageActionSchema>;

/** Messages the service worker accepts. Who may send which is decided in background/trust.ts. */
export const ToBackgroundSchema = v.variant('kind', [
  v.strictObject({ to: v.literal('background'), kind: v.literal('command'), command: EngineCommandSchema }),
  v.strictObject({ to: v.literal('background'), kind: v.literal('pageAction'), action: PageActionSchema, target: RawIdSchema }),
  v.strictObject({ to: v.literal('background'), kind: v.literal('getPageState') }),
  v.strictObject({ to: v.literal('background'), kind: v.literal('snapshot'), snapshot: EngineSnapshotSchema }),
  v.strictObject({ to: v.literal('background'), kind: v.literal('offscreenReady') }),
  /** The session owner: saved settings wait for the live call to end (docs/design.md, Settings). */
  v.strictObject({ to: v.literal('background'), kind: v.literal('sessionStatus'), settingsPending: v.boolean() }),
  /** A view opening, and every moment while open: is the session owner answering? Re-creates it if not. */
  v.strictObject({ to: v.literal('background'), kind: v.literal('ensureSession') }),
  /** The options page: the devices the session's engine can use, and its diagnostics (issue 5, points 5, 6). */
  v.strictObject({ to: v.literal('background'), kind: v.literal('listDevices') }),
  v.strictObject({ to: v.literal('background'), kind: v.literal('getDiagnostics') }),
]);
export type ToBackground = v.InferOutput<typeof ToBackgroundSchema>;

/** Messages the offscreen document accepts, from the service worker only. */
export const ToOffscreenSchema = v.variant('kind', [
  v.strictObject({ to: v.literal('offscreen'), kind: v.literal('engineCommand'), command: EngineCommandSchema }),
  /** Acknowledged with a SettingsAck; the worker sends it again until that covers `revision`. */
  v.strictObject({ to: v.literal('offscreen'), kind: v.literal('settings'), settings: SettingsSchema, revision: v.pipe(v.number(), v.safeInteger(), v.minValue(0)) }),
  v.strictObject({ to: v.literal('offscreen'), kind: v.literal('listDevices') }),
  v.strictObject({ to: v.literal('offscreen'), kind: v.literal('getDiagnostics') }),
  /** The worker's liveness probe; answered with a SessionPing without waiting for any command. */
  v.strictObject({ to: v.literal('offscreen'), kind: v.literal('ping') }),
]);
export type ToOffscreen = v.InferOutput<typeof ToOffscreenSchema>;

/**
 * What a content script learns: whether its controls transfer or dial, and the country for
 * national-format numbers. Nothing about calls beyond that.
 */
export const PageStateSchema = v.strictObject({
  callActive: v.boolean(),
  transferable: v.boolean(),
  /** ISO 3166 alpha-2, or '' for international numbers only. */
  defaultCountry: v.union([v.literal(''), v.pipe(v.string(), v.regex(/^[A-Z]{2}$/))]),
});
export type PageState = v.InferOutput<typeof PageStateSchema>;

export const ToContentSchema = v.variant('kind', [
  v.strictObject({ to: v.literal('content'), kind: v.literal('pageState'), state: PageStateSchema }),
  /** From the popup: which targets this frame shows, to offer them in the transfer panel. */
  v.strictObject({ to: v.literal('content'), kind: v.literal('listTargets') }),
  /** From the worker, before a page action of this frame: does one of its controls show `rawId`? Answered with a boolean. */
  v.strictObject({ to: v.literal('content'), kind: v.literal('showsTarget'), rawId: RawIdSchema }),
]);
export type ToContent = v.InferOutput<typeof ToContentSchema>;

/** A content script's answer to listTargets. */
export const TabTargetsSchema = v.pipe(
  v.array(v.strictObject({ rawId: RawIdSchema, display: v.pipe(v.string(), v.maxLength(100)) })),
  v.maxLength(500),
);
export type TabTargets = v.InferOutput<typeof TabTargetsSchema>;

/** The steps of the session's sequences (src/offscreen/sequences.ts), named in a failed reply. */
export const SEQUENCE_STEPS = ['hold', 'accept', 'resume', 'startCall', 'hangUp', 'transfer'] as const;
export type SequenceStep = (typeof SEQUENCE_STEPS)[number];

export interface ReplyError {
  message: string;
  code?: number;
  subCode?: number;
  /** In a sequence: the step that failed, and whether what it had changed was put back. */
  step?: SequenceStep;
  restored?: boolean;
}

export type Reply<T = unknown> = { ok: true; value: T } | { ok: false; error: ReplyError };

export function ok<T>(value: T): Reply<T> {
  return { ok: true, value };
}

export function fail(message: string, code?: number, subCode?: number, sequence?: Pick<ReplyError, 'step' | 'restored'>): Reply<never> {
  const codes = { ...(code === undefined ? {} : { code }), ...(subCode === undefined ? {} : { subCode }) };
  return { ok: false, error: { message, ...codes, ...sequence } };
}

export const ReplySchema = v.variant('ok', [
  v.object({ ok: v.literal(true), value: v.unknown() }),
  v.object({
    ok: v.literal(false),
    error: v.object({
      message: v.string(),
      code: v.optional(v.number()),
      subCode: v.optional(v.number()),
      step: v.optional(v.picklist(SEQUENCE_STEPS)),
      restored: v.optional(v.boolean()),
    }),
  }),
]);

/** Reply to `settings`: the highest settings revision the session owner has applied. */
export const SettingsAckSchema = v.strictObject({ applied: v.number() });
export type SettingsAck = v.InferOutput<typeof SettingsAckSchema>;

/** Reply to `ping`. */
export interface SessionPing {
  settingsPending: boolean;
}

/** Reply to `ensureSession`: whether the session owner answered in time. */
export interface SessionCheck {
  alive: boolean;
}

/** Reply to `offscreenReady`: what the session owner needs to start. */
export interface OffscreenStart {
  settings: v.InferOutput<typeof SettingsSchema>;
  lastRev: number;
}

export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => `${issue.path?.map((p) => String(p.key)).join('.') || 'message'}: ${issue.message}`)
    .join('; ');
}

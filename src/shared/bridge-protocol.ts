// The protocol between the offscreen document and the calling host page (docs/design.md: "driven over a
// MessageChannel after an origin-checked handshake"). Both sides parse everything they receive: the
// host page is another origin, and the extension is hostile to the host until its origin checks out.
import * as v from 'valibot';
import { isValidRawId } from './raw-id.ts';
import { ReplySchema } from './protocol.ts';
import { EngineSnapshotSchema, Id, RawIdSchema, TransferRequestSchema } from './schemas.ts';
import { DeviceSelectionSchema } from './devices.ts';
import { LogLevelSchema } from './diagnostics.ts';

export const BRIDGE_VERSION = 1;

/** Host → parent window, once per page load: "I am up, send me a port". */
export const HostHelloSchema = v.strictObject({ type: v.literal('acs-calling-host:hello'), version: v.literal(BRIDGE_VERSION) });
export type HostHello = v.InferOutput<typeof HostHelloSchema>;

/** Extension → host window, carrying the MessagePort every later message goes through. */
export const ConnectSchema = v.strictObject({
  type: v.literal('acs-calling-host:connect'),
  version: v.literal(BRIDGE_VERSION),
  displayName: v.pipe(v.string(), v.maxLength(64)),
});
export type ConnectMessage = v.InferOutput<typeof ConnectSchema>;

const CallRef = { callId: Id };

/** A CallEngine method and its arguments, as the host accepts them. */
export const EngineCallSchema = v.variant('method', [
  v.strictObject({ method: v.literal('start') }),
  v.strictObject({ method: v.literal('dispose') }),
  v.strictObject({ method: v.literal('ping') }),
  v.strictObject({
    method: v.literal('startCall'),
    targets: v.pipe(v.array(RawIdSchema), v.minLength(1), v.maxLength(10)),
    alternateCallerId: v.optional(v.pipe(v.string(), v.regex(/^\+[1-9]\d{6,14}$/))),
  }),
  v.strictObject({ method: v.literal('accept'), incomingId: Id }),
  v.strictObject({ method: v.literal('reject'), incomingId: Id }),
  v.strictObject({ method: v.literal('hold'), ...CallRef }),
  v.strictObject({ method: v.literal('resume'), ...CallRef }),
  v.strictObject({ method: v.literal('setMuted'), ...CallRef, muted: v.boolean() }),
  v.strictObject({ method: v.literal('hangUp'), ...CallRef }),
  v.strictObject({ method: v.literal('dismiss'), ...CallRef }),
  v.pipe(
    v.strictObject({ method: v.literal('transfer'), request: TransferRequestSchema }),
    v.check(({ request }) => request.mode === 'call' || isValidRawId(request.target), 'the transfer target is not a raw id'),
  ),
  // Beside the engine: the SDK's DeviceManager and log (issue 5, points 5 and 6). A host page from
  // before these answers them as bad requests, which the extension reports as such.
  v.strictObject({ method: v.literal('listDevices') }),
  v.strictObject({ method: v.literal('selectDevices'), selection: DeviceSelectionSchema }),
  v.strictObject({ method: v.literal('setLogLevel'), level: LogLevelSchema }),
  v.strictObject({ method: v.literal('getDiagnostics') }),
]);
export type EngineCall = v.InferOutput<typeof EngineCallSchema>;

const RequestIdSchema = v.pipe(v.number(), v.integer(), v.minValue(1));

export const BridgeRequestSchema = v.strictObject({ id: RequestIdSchema, call: EngineCallSchema });
export type BridgeRequest = v.InferOutput<typeof BridgeRequestSchema>;

/** Host → extension over the port: replies to requests, and every snapshot the engine publishes. */
export const HostMessageSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('reply'), id: RequestIdSchema, reply: ReplySchema }),
  v.strictObject({ kind: v.literal('snapshot'), snapshot: EngineSnapshotSchema }),
  /** Microphones or speakers were plugged in or out. */
  v.strictObject({ kind: v.literal('devicesChanged') }),
]);
export type HostMessage = v.InferOutput<typeof HostMessageSchema>;

/** The origin of a chrome extension, the only kind of embedder the host accepts. */
export function extensionOrigin(extensionId: string): string {
  return `chrome-extension://${extensionId}`;
}

export const EXTENSION_ID = /^[a-p]{32}$/;

// The protocol between the offscreen document and the calling host page (docs/design.md: "driven over a
// MessageChannel after an origin-checked handshake"). Both sides parse everything they receive: the
// host page is another origin, and the extension is hostile to the host until its origin checks out.
import * as v from 'valibot';
import { defineChannel, type CommandSpec, type MessageOf } from './channel.ts';
import { ENGINE_COMMANDS } from './protocol.ts';
import { ReplySchema } from './reply.ts';
import { EngineSnapshotSchema, Id, RawIdSchema } from './schemas.ts';
import { DeviceListSchema, DeviceSelectionSchema } from './devices.ts';
import { HostDiagnosticsSchema, LogLevelSchema } from './diagnostics.ts';

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

const Done = v.null();
/** The engine's one-step operations take and answer exactly what the session's commands of the same name do. */
const { reject, hold, resume, setMuted, hangUp, dismiss, transfer } = ENGINE_COMMANDS.table;

/**
 * An engine operation whose arguments are its fields: CallEngine's method of the same name takes
 * exactly `args`, in that order (shared/engine-operations.ts derives both ends of the bridge from it).
 */
function operation<const S extends CommandSpec, const A extends readonly (keyof S['input'] & string)[]>(spec: S, ...args: A): S & { readonly args: A } {
  return { ...spec, args };
}

/** CallEngine's operations, besides its lifecycle (start, dispose). */
export const ENGINE_OPERATIONS = {
  startCall: {
    input: {
      targets: v.pipe(v.array(RawIdSchema), v.minLength(1), v.maxLength(10)),
      alternateCallerId: v.optional(v.pipe(v.string(), v.regex(/^\+[1-9]\d{6,14}$/))),
    },
    reply: Id,
  },
  accept: operation({ input: { incomingId: Id }, reply: Id }, 'incomingId'),
  reject: operation(reject, 'incomingId'),
  hold: operation(hold, 'callId'),
  resume: operation(resume, 'callId'),
  setMuted: operation(setMuted, 'callId', 'muted'),
  hangUp: operation(hangUp, 'callId'),
  dismiss: operation(dismiss, 'callId'),
  transfer: operation(transfer, 'request'),
} as const;

/**
 * The engine over the bridge: each CallEngine method, and the services beside it, with its
 * arguments and the reply the host answers with. host/bridge.ts serves it; the offscreen end
 * (offscreen/bridge/bridge-client.ts) parses each reply against it.
 */
export const ENGINE_RPC = defineChannel('method', {}, {
  start: { input: {}, reply: Done },
  dispose: { input: {}, reply: Done },
  ping: { input: {}, reply: Done },
  ...ENGINE_OPERATIONS,
  // Beside the engine: the SDK's DeviceManager and log. A host page from before these answers them
  // as bad requests, which the extension reports as such.
  listDevices: { input: {}, reply: DeviceListSchema },
  selectDevices: { input: { selection: DeviceSelectionSchema }, reply: Done },
  setLogLevel: { input: { level: LogLevelSchema }, reply: Done },
  getDiagnostics: { input: {}, reply: HostDiagnosticsSchema },
});
export const EngineCallSchema = ENGINE_RPC.schema;
export type EngineCall = MessageOf<typeof ENGINE_RPC>;

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

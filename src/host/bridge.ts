// The calling host's end of the bridge (docs/design.md, Security model). It starts only inside an
// allowed chrome-extension:// parent (location.ancestorOrigins, which the browser fills in and no
// page can forge), says hello to that parent, takes a MessagePort only from a message that parent
// window itself sent, with its origin, then runs one CallEngine for whoever holds the port: every
// request is parsed before it runs, every snapshot is streamed back.
import * as v from 'valibot';
import { EngineFailure, type CallEngine } from '../shared/engine.ts';
import { describeIssues, fail, ok, type Reply } from '../shared/protocol.ts';
import { dispatch, type Handlers } from '../shared/channel.ts';
import { operationHandlers } from '../shared/engine-operations.ts';
import {
  BRIDGE_VERSION,
  BridgeRequestSchema,
  ENGINE_RPC,
  ConnectSchema,
  type EngineCall,
  type HostHello,
  type HostMessage,
} from '../shared/bridge-protocol.ts';
import type { DeviceControl } from '../shared/devices.ts';
import type { HostLog } from './sdk-log.ts';
import { messageOf } from '../engine/sdk-errors.ts';

export interface HostWindow {
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  readonly parent: { postMessage(message: HostHello, targetOrigin: string): void };
  /** The origins of the frames around this page, parent first (undefined where the browser lacks it). */
  readonly location: { readonly ancestorOrigins?: ArrayLike<string> };
}

/** The page is not framed by an allowed extension: it serves nobody. */
export class EmbeddingRefused extends Error {
  constructor(parentOrigin: string | undefined) {
    super(parentOrigin === undefined ? 'This page works inside the ACS Click-to-Transfer extension only.' : `This page does not serve ${parentOrigin}.`);
    this.name = 'EmbeddingRefused';
  }
}

export interface HostBridgeOptions {
  readonly window: HostWindow;
  /** The `chrome-extension://<id>` origins allowed to drive this page (host-config.json). */
  readonly allowedOrigins: readonly string[];
  createEngine(init: { displayName: string }): CallEngine;
  /** Served beside the engine when the page has them; requests for one it lacks are refused (501). */
  readonly devices?: DeviceControl;
  readonly log?: HostLog;
}

type HostServices = Pick<HostBridgeOptions, 'devices' | 'log'>;

const AnyRequestId = v.object({ id: v.pipe(v.number(), v.integer(), v.minValue(1)) });

export class HostBridge {
  private engine?: CallEngine;
  private port?: MessagePort;
  private unsubscribe?: () => void;
  private parentOrigin?: string;

  constructor(private readonly options: HostBridgeOptions) {}

  /** @throws EmbeddingRefused unless the parent frame is an allowed extension; nothing is listened to then. */
  open(): void {
    const parentOrigin = this.options.window.location.ancestorOrigins?.[0];
    if (parentOrigin === undefined || !this.options.allowedOrigins.includes(parentOrigin)) throw new EmbeddingRefused(parentOrigin);
    this.parentOrigin = parentOrigin;
    this.options.window.addEventListener('message', this.onWindowMessage);
    const hello: HostHello = { type: 'acs-calling-host:hello', version: BRIDGE_VERSION };
    // The target origin is checked again by the browser at delivery: a parent navigated meanwhile hears nothing.
    this.options.window.parent.postMessage(hello, parentOrigin);
  }

  async close(): Promise<void> {
    this.options.window.removeEventListener('message', this.onWindowMessage);
    this.detach();
    await this.engine?.dispose();
  }

  private readonly onWindowMessage = (event: MessageEvent): void => {
    // The origin alone is not enough: another frame of the same extension origin could send it.
    if (event.source !== this.options.window.parent || event.origin !== this.parentOrigin) return;
    const connect = v.safeParse(ConnectSchema, event.data);
    const port = event.ports[0];
    if (connect.success && port) this.attach(port, connect.output.displayName);
  };

  /** A new port replaces the old one: the extension reconnects after it lost track of this page. */
  private attach(port: MessagePort, displayName: string): void {
    this.detach();
    const engine = (this.engine ??= this.options.createEngine({ displayName }));
    const send = (message: HostMessage): void => port.postMessage(message);
    this.port = port;
    port.onmessage = (event: MessageEvent) => void this.handle(engine, event.data, send);
    const stopSnapshots = engine.subscribe((snapshot) => send({ kind: 'snapshot', snapshot }));
    const stopDevices = this.options.devices?.onDevicesChanged(() => send({ kind: 'devicesChanged' }));
    this.unsubscribe = () => {
      stopSnapshots();
      stopDevices?.();
    };
    send({ kind: 'snapshot', snapshot: engine.getSnapshot() });
  }

  private detach(): void {
    this.unsubscribe?.();
    this.port?.close();
    this.port = undefined;
  }

  private async handle(engine: CallEngine, data: unknown, send: (message: HostMessage) => void): Promise<void> {
    const request = v.safeParse(BridgeRequestSchema, data);
    if (request.success) {
      send({ kind: 'reply', id: request.output.id, reply: await perform(engine, request.output.call, this.options) });
      return;
    }
    // A malformed request still gets an answer when it has an id, so the caller need not time out.
    const withId = v.safeParse(AnyRequestId, data);
    if (withId.success) send({ kind: 'reply', id: withId.output.id, reply: fail(`Bad request: ${describeIssues(request.issues)}`, 400) });
  }
}

async function perform(engine: CallEngine, call: EngineCall, services: HostServices): Promise<Reply> {
  try {
    return ok(await dispatch(ENGINE_RPC, HANDLERS, call, { engine, services }));
  } catch (error) {
    return error instanceof EngineFailure ? fail(error.message, error.code, error.subCode) : fail(messageOf(error), 500);
  }
}

interface Served {
  readonly engine: CallEngine;
  readonly services: HostServices;
}

const done = (): null => null;

function devicesOf({ devices }: HostServices): DeviceControl {
  if (!devices) throw new EngineFailure('This calling host cannot choose devices.', 501);
  return devices;
}

function logOf({ log }: HostServices): HostLog {
  if (!log) throw new EngineFailure('This calling host keeps no log.', 501);
  return log;
}

/**
 * One handler per method of ENGINE_RPC (shared/bridge-protocol.ts): the engine's (those whose fields are
 * their arguments derived from their entries, shared/engine-operations.ts), then what the page has beside it.
 */
const HANDLERS: Handlers<typeof ENGINE_RPC, Served> = {
  start: (_, { engine }) => engine.start().then(done),
  dispose: (_, { engine }) => engine.dispose().then(done),
  ping: async () => null,
  startCall: ({ targets, alternateCallerId }, { engine }) => engine.startCall(targets, alternateCallerId ? { alternateCallerId } : {}),
  ...operationHandlers<Served>(({ engine }) => engine),
  listDevices: async (_, { services }) => devicesOf(services).listDevices(),
  selectDevices: async ({ selection }, { services }) => devicesOf(services).selectDevices(selection).then(done),
  setLogLevel: async ({ level }, { services }) => {
    logOf(services).setLevel(level);
    return null;
  },
  getDiagnostics: async (_, { services }) => logOf(services).report(),
};

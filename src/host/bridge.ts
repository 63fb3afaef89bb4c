// The calling host's end of the bridge: it says hello to its parent, takes a MessagePort only from
// an allowed chrome-extension:// origin (notes/acs-sdk.md §8), then runs one CallEngine for whoever
// holds the port: every request is parsed before it runs, every snapshot is streamed back.
import * as v from 'valibot';
import { EngineFailure, type CallEngine } from '../shared/engine.ts';
import { describeIssues, fail, ok, type Reply } from '../shared/protocol.ts';
import {
  BRIDGE_VERSION,
  BridgeRequestSchema,
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

  constructor(private readonly options: HostBridgeOptions) {}

  open(): void {
    this.options.window.addEventListener('message', this.onWindowMessage);
    const hello: HostHello = { type: 'acs-calling-host:hello', version: BRIDGE_VERSION };
    // A message whose target origin is not the parent's is dropped, so only an allowed parent hears this.
    for (const origin of this.options.allowedOrigins) this.options.window.parent.postMessage(hello, origin);
  }

  async close(): Promise<void> {
    this.options.window.removeEventListener('message', this.onWindowMessage);
    this.detach();
    await this.engine?.dispose();
  }

  private readonly onWindowMessage = (event: MessageEvent): void => {
    if (!this.options.allowedOrigins.includes(event.origin)) return;
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
    return ok(await dispatch(engine, call, services));
  } catch (error) {
    return error instanceof EngineFailure ? fail(error.message, error.code, error.subCode) : fail(messageOf(error), 500);
  }
}

function dispatch(engine: CallEngine, call: EngineCall, services: HostServices): Promise<unknown> {
  const done = (): null => null;
  switch (call.method) {
    case 'start':
      return engine.start().then(done);
    case 'dispose':
      return engine.dispose().then(done);
    case 'ping':
      return Promise.resolve(null);
    case 'startCall':
      return engine.startCall(call.targets, call.alternateCallerId ? { alternateCallerId: call.alternateCallerId } : {});
    case 'accept':
      return engine.accept(call.incomingId);
    case 'reject':
      return engine.reject(call.incomingId).then(done);
    case 'hold':
      return engine.hold(call.callId).then(done);
    case 'resume':
      return engine.resume(call.callId).then(done);
    case 'setMuted':
      return engine.setMuted(call.callId, call.muted).then(done);
    case 'hangUp':
      return engine.hangUp(call.callId).then(done);
    case 'dismiss':
      return engine.dismiss(call.callId).then(done);
    case 'transfer':
      return engine.transfer(call.request);
    case 'listDevices':
    case 'selectDevices':
    case 'setLogLevel':
    case 'getDiagnostics':
      return serveBeside(call, services);
  }
}

type BesideCall = Extract<EngineCall, { method: 'listDevices' | 'selectDevices' | 'setLogLevel' | 'getDiagnostics' }>;

/** Device and log requests, served by what the page has beside its engine. */
async function serveBeside(call: BesideCall, { devices, log }: HostServices): Promise<unknown> {
  if (call.method === 'listDevices' || call.method === 'selectDevices') {
    if (!devices) throw new EngineFailure('This calling host cannot choose devices.', 501);
    return call.method === 'listDevices' ? devices.listDevices() : devices.selectDevices(call.selection).then(() => null);
  }
  if (!log) throw new EngineFailure('This calling host keeps no log.', 501);
  if (call.method === 'getDiagnostics') return log.report();
  log.setLevel(call.level);
  return null;
}

// CallEngine for the offscreen document, driving AcsCallEngine in the calling host page over the
// bridge (docs/design.md: the SDK refuses chrome-extension:// pages). Snapshots from the host are
// renumbered here, so revs keep rising across host restarts; an unreachable host is a 'failed' one.
import { ERR, HOST_UNREACHABLE } from '../../shared/call-errors.ts';
import type { CallEngine, EngineSnapshot, RawId, SnapshotListener, StartCallOptions } from '../../shared/engine.ts';
import { forwardOperations, type ForwardedName, type ForwardedOperations } from '../../shared/engine-operations.ts';
import type { WithDevices } from '../../shared/devices.ts';
import type { WithDiagnostics } from '../../shared/diagnostics.ts';
import { BridgedDevices } from '../session-devices.ts';
import { BridgedDiagnostics } from '../session-log.ts';
import { BridgeClient, unreachable, type BridgeTiming } from './bridge-client.ts';
import { iframeEnvironment, type FrameEnvironment } from './iframe-frame.ts';
import { deepFreeze } from '../../shared/plain-data.ts';
import { SnapshotPublisher, type SnapshotContent } from '../../shared/snapshot-publisher.ts';

export interface IframeEngineOptions {
  /** The calling host page, on the organisation's HTTPS origin (or http://localhost in development). */
  readonly hostUrl: string;
  readonly displayName?: string;
  readonly initialRev?: number;
  readonly frames?: FrameEnvironment;
  readonly timing?: Partial<BridgeTiming>;
}

const DEFAULT_TIMING: BridgeTiming = { requestTimeoutMs: 15_000, startTimeoutMs: 45_000, helloTimeoutMs: 20_000, heartbeatMs: 10_000 };

/** The engine of the offscreen document in ACS mode: an IframeEngine with every operation (IframeEngine.create). */
export type IframeCallEngine = IframeEngine & ForwardedOperations;

/**
 * The bridge's state and lifecycle. Its operations but startCall are the table's
 * (shared/engine-operations.ts): `create` gives it them, each forwarded as its message.
 */
export class IframeEngine implements Omit<CallEngine, ForwardedName>, WithDevices, WithDiagnostics {
  /** The SDK's DeviceManager and log in the host page, beside the engine (issue 5, points 5 and 6). */
  readonly devices: BridgedDevices;
  readonly diagnostics: BridgedDiagnostics;
  private readonly publisher: SnapshotPublisher;
  private readonly client: BridgeClient;
  private readonly startTimeoutMs: number;
  private wanted = false;
  /** The host engine's start on the current port, shared by start() and a reconnect. */
  private hostStart?: Promise<void>;

  static create(options: IframeEngineOptions): IframeCallEngine {
    const engine = new IframeEngine(options);
    // Frozen like every snapshot the engine publishes: a transfer's answer is one.
    return Object.assign(engine, forwardOperations(async (call) => deepFreeze(await engine.client.request(call))));
  }

  private constructor({ hostUrl, displayName = '', initialRev, frames, timing: overrides }: IframeEngineOptions) {
    const timing = { ...DEFAULT_TIMING, ...overrides };
    this.startTimeoutMs = timing.startTimeoutMs;
    this.publisher = new SnapshotPublisher('acs', initialRev);
    this.client = new BridgeClient(frames ?? iframeEnvironment(document), { hostUrl, displayName, timing }, {
      connected: () => this.onConnected(),
      lost: () => this.publishLocal('failed'),
      snapshot: (content) => this.onHostSnapshot(content),
      devicesChanged: () => this.devices.changed(),
    });
    // Device and log requests wait for a host page that is (re)loading; a disposed engine has none.
    const hostReady = (): Promise<void> => (this.wanted ? this.client.connect() : Promise.reject(unreachable()));
    this.devices = new BridgedDevices(this.client, hostReady);
    this.diagnostics = new BridgedDiagnostics(this.client, hostReady);
  }

  async start(): Promise<void> {
    this.wanted = true;
    if (!this.client.isUp) {
      this.publishLocal('starting');
      await this.client.connect();
    }
    await this.followHostStart(this.startHost());
  }

  async dispose(): Promise<void> {
    this.wanted = false;
    // The host hangs up its calls first; removing the frame alone would leave a ghost participant (docs/acs-sdk.md §14).
    if (this.client.isUp) await this.client.request({ method: 'dispose' }).catch(() => undefined);
    this.client.close();
    this.publishLocal('disposed');
  }

  getSnapshot(): EngineSnapshot {
    return this.publisher.snapshot;
  }

  subscribe(listener: SnapshotListener): () => void {
    return this.publisher.subscribe(listener);
  }

  /** The one operation written out: its options become a field only when they are set. */
  startCall(targets: RawId[], { alternateCallerId }: StartCallOptions = {}): Promise<string> {
    return this.client.request({ method: 'startCall', targets, ...(alternateCallerId && { alternateCallerId }) });
  }

  /** A host page that has just loaded reports its engine idle until our start reaches it: not news. */
  private onHostSnapshot(content: SnapshotContent): void {
    if (this.wanted && content.connection === 'idle') return;
    this.publisher.publish(content);
  }

  /** A new port may mean a new host page, whose engine never started: start it like the first one. */
  private onConnected(): void {
    this.hostStart = undefined;
    // Before the start, so that the start is logged at the chosen level and calls use the chosen devices.
    this.diagnostics.hostConnected();
    this.devices.hostConnected();
    if (this.wanted) this.startHost().catch(() => undefined);
  }

  private startHost(): Promise<void> {
    const attempt = (this.hostStart ??= this.client.request({ method: 'start' }, this.startTimeoutMs).then(() => undefined));
    attempt.catch(() => {
      if (this.hostStart === attempt) this.hostStart = undefined;
    });
    return attempt;
  }

  /** If the host page restarts meanwhile, its new page is started on the new port: follow that start. */
  private async followHostStart(attempt: Promise<void>): Promise<void> {
    try {
      await attempt;
    } catch (error) {
      const next = this.hostStart;
      if (!next || next === attempt) throw error;
      await this.followHostStart(next);
    }
  }

  /** What the extension knows without the host: its calls are out of reach, so none are shown. */
  private publishLocal(connection: SnapshotContent['connection']): void {
    const content: SnapshotContent = { connection, calls: [], incoming: [] };
    if (connection === 'failed') content.lastError = { ...ERR.disconnected, message: HOST_UNREACHABLE, origin: 'engine', at: Date.now() };
    this.publisher.publish(content);
  }
}

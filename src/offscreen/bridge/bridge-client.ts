// The offscreen end of the bridge: requests with ids and deadlines over the host link, replies
// matched back, snapshots parsed (the host page is hostile until they check out) and a heartbeat
// that tells a dead host from a slow one.
import * as v from 'valibot';
import { ERR, HOST_UNREACHABLE } from '../../shared/call-errors.ts';
import { EngineFailure } from '../../shared/engine.ts';
import { HostLink } from './host-link.ts';
import type { FrameEnvironment } from './iframe-frame.ts';
import { PendingRequests, TIMED_OUT } from './pending-requests.ts';
import { ENGINE_RPC, HostMessageSchema, type EngineCall } from '../../shared/bridge-protocol.ts';
import { readReply, type ReplyOf } from '../../shared/channel.ts';
import type { SnapshotContent } from '../../shared/snapshot-publisher.ts';

export interface BridgeTiming {
  requestTimeoutMs: number;
  /** start() includes fetching a token and creating the CallAgent: ~14 s offline (docs/acs-sdk.md §13). */
  startTimeoutMs: number;
  helloTimeoutMs: number;
  heartbeatMs: number;
}

export interface BridgeClientOptions {
  readonly hostUrl: string;
  readonly displayName: string;
  readonly timing: BridgeTiming;
}

export interface BridgeClientEvents {
  connected(): void;
  lost(): void;
  snapshot(content: SnapshotContent): void;
  devicesChanged(): void;
}

/** What the helpers beside the engine (devices, diagnostics) need of the bridge. */
export type HostRequests = Pick<BridgeClient, 'request' | 'isUp'>;

export function unreachable(): EngineFailure {
  return new EngineFailure(HOST_UNREACHABLE, ERR.disconnected.code);
}

export class BridgeClient {
  private readonly pending = new PendingRequests();
  private readonly link: HostLink;
  private readonly waitingForLink: { resolve(): void; reject(failure: EngineFailure): void }[] = [];
  private heartbeat?: ReturnType<typeof setInterval>;

  constructor(
    frames: FrameEnvironment,
    private readonly options: BridgeClientOptions,
    private readonly events: BridgeClientEvents,
  ) {
    const { hostUrl, displayName, timing } = options;
    this.link = new HostLink(frames, { hostUrl, displayName, helloTimeoutMs: timing.helloTimeoutMs }, {
      connected: () => this.onConnected(),
      lost: () => this.onLost(),
      loaded: () => void this.checkHost(),
      message: (data) => this.onHostMessage(data),
    });
  }

  get isUp(): boolean {
    return this.link.isUp;
  }

  /** Resolves once the host has said hello and holds our port; rejects if it does not in time. */
  connect(): Promise<void> {
    if (this.link.isUp) return Promise.resolve();
    const up = new Promise<void>((resolve, reject) => this.waitingForLink.push({ resolve, reject }));
    this.link.open();
    return up;
  }

  /** The host's answer to `call`, parsed against the method's reply in ENGINE_RPC. */
  async request<M extends EngineCall>(call: M, timeoutMs = this.options.timing.requestTimeoutMs): Promise<ReplyOf<typeof ENGINE_RPC, M['method']>> {
    if (!this.link.isUp) throw unreachable();
    const { id, reply } = this.pending.open(call.method, timeoutMs);
    this.link.send({ id, call });
    const answer = await reply;
    if (!answer.ok) throw new EngineFailure(answer.error.message, answer.error.code ?? 500, answer.error.subCode);
    const value = readReply(ENGINE_RPC, call.method, answer, `The calling host answered ${call.method} with something malformed.`);
    if (!value.ok) throw new EngineFailure(value.error.message, 502);
    return value.value;
  }

  close(): void {
    clearInterval(this.heartbeat);
    this.link.close();
    this.pending.failAll(unreachable());
  }

  /** A new port: the host page is new too, or lost track of us. Replies due on the old port never come. */
  private onConnected(): void {
    this.pending.failAll(new EngineFailure('The calling host restarted.', ERR.disconnected.code));
    for (const waiting of this.waitingForLink.splice(0)) waiting.resolve();
    clearInterval(this.heartbeat);
    this.heartbeat = setInterval(() => void this.checkHost(), this.options.timing.heartbeatMs);
    this.events.connected();
  }

  private onLost(): void {
    clearInterval(this.heartbeat);
    this.pending.failAll(unreachable());
    for (const waiting of this.waitingForLink.splice(0)) waiting.reject(unreachable());
    this.events.lost();
  }

  /** Only a ping that times out means a dead host; one dropped because of a reconnect does not. */
  private async checkHost(): Promise<void> {
    if (!this.link.isUp) return;
    try {
      await this.request({ method: 'ping' }, this.options.timing.heartbeatMs);
    } catch (error) {
      if (!(error instanceof EngineFailure && error.code === TIMED_OUT)) return;
      this.onLost();
      this.link.restart();
    }
  }

  private onHostMessage(data: unknown): void {
    const message = v.safeParse(HostMessageSchema, data);
    if (!message.success) return;
    if (message.output.kind === 'reply') return this.pending.settle(message.output.id, message.output.reply);
    if (message.output.kind === 'devicesChanged') return this.events.devicesChanged();
    const { rev: _rev, engine: _engine, ...content } = message.output.snapshot;
    this.events.snapshot(content);
  }
}

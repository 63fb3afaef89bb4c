// The link to the calling host page: mount its frame, wait for its hello from that frame's window and
// the configured host origin only (another frame of that origin could say hello too), hand it a
// fresh MessagePort. A hello on an open link means the page started again, so
// the old port is dropped for a new one. No hello in time means the host is unreachable: reload it.
import * as v from 'valibot';
import { BRIDGE_VERSION, HostHelloSchema, type BridgeRequest } from '../../shared/bridge-protocol.ts';
import type { FrameEnvironment, HostFrame } from './iframe-frame.ts';

export interface HostLinkOptions {
  readonly hostUrl: string;
  readonly displayName: string;
  /** How long a (re)loading host page may take to say hello. */
  readonly helloTimeoutMs: number;
}

export interface HostLinkEvents {
  /** A new port is up; whatever was sent through an earlier one will not be answered. */
  connected(): void;
  /** The host did not come up in time; the link keeps trying. */
  lost(): void;
  /** The frame finished loading a page: a good moment to check the host still answers. */
  loaded(): void;
  message(data: unknown): void;
}

export class HostLink {
  private readonly hostOrigin: string;
  private frame?: HostFrame;
  private port?: MessagePort;
  private helloTimer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly environment: FrameEnvironment,
    private readonly options: HostLinkOptions,
    private readonly events: HostLinkEvents,
  ) {
    this.hostOrigin = new URL(options.hostUrl).origin;
  }

  get isUp(): boolean {
    return this.port !== undefined;
  }

  open(): void {
    if (this.frame) return;
    this.environment.messages.addEventListener('message', this.onWindowMessage);
    this.frame = this.environment.mount(this.options.hostUrl, () => this.events.loaded());
    this.awaitHello();
  }

  send(request: BridgeRequest): void {
    this.port?.postMessage(request);
  }

  /** The host stopped answering: drop its port and load the page again. */
  restart(): void {
    this.dropPort();
    this.frame?.reload();
    this.awaitHello();
  }

  close(): void {
    clearTimeout(this.helloTimer);
    this.environment.messages.removeEventListener('message', this.onWindowMessage);
    this.dropPort();
    this.frame?.remove();
    this.frame = undefined;
  }

  private readonly onWindowMessage = (event: MessageEvent): void => {
    if (event.origin !== this.hostOrigin || !this.frame?.isSource(event.source) || !v.is(HostHelloSchema, event.data)) return;
    clearTimeout(this.helloTimer);
    this.connect(this.frame);
  };

  private connect(frame: HostFrame): void {
    this.dropPort();
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent) => this.events.message(event.data);
    const { displayName } = this.options;
    frame.post({ type: 'acs-calling-host:connect', version: BRIDGE_VERSION, displayName }, this.hostOrigin, channel.port2);
    this.port = channel.port1;
    this.events.connected();
  }

  private awaitHello(): void {
    clearTimeout(this.helloTimer);
    this.helloTimer = setTimeout(() => {
      this.events.lost();
      this.restart();
    }, this.options.helloTimeoutMs);
  }

  private dropPort(): void {
    this.port?.close();
    this.port = undefined;
  }
}

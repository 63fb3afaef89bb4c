// The offscreen document and the calling host page in its frame, wired in memory the way the browser
// wires them: window messages carry the sender's origin and are dropped when the target origin does
// not match; MessagePorts are real (Node's MessageChannel).
import type { HostWindow } from '../../../../src/host/bridge.ts';
import type { FrameEnvironment, HostFrame, MessageSource } from '../../../../src/offscreen/bridge/iframe-frame.ts';

export const HOST_ORIGIN = 'https://calling.example.com';
export const HOST_URL = `${HOST_ORIGIN}/acs/index.html`;
export const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
export const EXTENSION_ORIGIN = `chrome-extension://${EXTENSION_ID}`;

/** A loaded host page: its window, and a way to stop it (the page dies). */
export interface HostPage {
  readonly window: FakeHostWindow;
  stop(): void;
}

/** Runs the host page's code in a freshly loaded page. */
export type LoadHostPage = (window: FakeHostWindow) => HostPage['stop'];

/** A window as far as messages go: what others post to it reaches its listeners in a later task. */
export class MessageWindow implements MessageSource {
  private readonly listeners = new Set<(event: MessageEvent) => void>();

  addEventListener(_type: 'message', listener: (event: MessageEvent) => void): void {
    this.listeners.add(listener);
  }

  removeEventListener(_type: 'message', listener: (event: MessageEvent) => void): void {
    this.listeners.delete(listener);
  }

  /** A message posted to this window by `source`, a page of `origin`: a structured clone, like postMessage. */
  receive(message: unknown, origin: string, ports: MessagePort[] = [], source: unknown = null): void {
    const event = new MessageEvent('message', { data: structuredClone(message), origin, ports });
    // The browser sets event.source; happy-dom's MessageEvent accepts only its own windows there.
    Object.defineProperty(event, 'source', { value: source });
    setTimeout(() => this.listeners.forEach((listener) => listener(event)), 0);
  }
}

/** The host page's window; its parent is the offscreen document, of the extension's origin unless told otherwise. */
export class FakeHostWindow extends MessageWindow implements HostWindow {
  readonly location: { readonly ancestorOrigins: readonly string[] };

  constructor(
    private readonly offscreen: MessageWindow,
    ancestorOrigins: readonly string[] = [EXTENSION_ORIGIN],
  ) {
    super();
    this.location = { ancestorOrigins };
  }

  readonly parent = {
    postMessage: (message: unknown, targetOrigin: string): void => {
      if (targetOrigin === this.location.ancestorOrigins[0]) this.offscreen.receive(message, HOST_ORIGIN, [], this);
    },
  };

  /** A message from the parent (the offscreen document), as the browser would deliver it. */
  receiveFromParent(message: unknown, ports: MessagePort[] = []): void {
    this.receive(message, this.location.ancestorOrigins[0] ?? 'null', ports, this.parent);
  }
}

export class LinkedPages implements FrameEnvironment {
  readonly messages = new MessageWindow();
  page?: HostPage;
  loads = 0;
  removed = false;
  private load?: () => void;

  constructor(private readonly loadHostPage: LoadHostPage) {}

  mount(url: string, onLoad: () => void): HostFrame {
    if (url !== HOST_URL) throw new Error(`Unexpected host URL ${url}`);
    const load = (): void => {
      this.page?.stop();
      this.loads += 1;
      const hostWindow = new FakeHostWindow(this.messages);
      this.page = { window: hostWindow, stop: this.loadHostPage(hostWindow) };
      onLoad();
    };
    this.load = load;
    load();
    return {
      post: (message, targetOrigin, port) => {
        if (targetOrigin === HOST_ORIGIN) this.page?.window.receiveFromParent(message, [port]);
      },
      isSource: (source) => source !== null && source === this.page?.window,
      reload: load,
      remove: () => {
        this.page?.stop();
        this.removed = true;
      },
    };
  }

  /** The host page reloads by itself (not at the extension's request). */
  reloadPage(): void {
    this.load?.();
  }
}

// The calling host page as an iframe in the offscreen document (docs/acs-sdk.md §2): microphone
// access is delegated to it with `allow`, and it is addressed only by its configured origin.
import type { ConnectMessage } from '../../shared/bridge-protocol.ts';

export interface HostFrame {
  /** Posts to the host page's window, handing over the port. */
  post(message: ConnectMessage, targetOrigin: string, port: MessagePort): void;
  /** Whether a message came from this frame's own window (event.source), not another of its origin. */
  isSource(source: unknown): boolean;
  reload(): void;
  remove(): void;
}

export interface MessageSource {
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

/** Where host frames live: tests replace the iframe with a page wired up in memory. */
export interface FrameEnvironment {
  /** Where the host's hello arrives: the offscreen document's window. */
  readonly messages: MessageSource;
  mount(url: string, onLoad: () => void): HostFrame;
}

export function iframeEnvironment(document: Document): FrameEnvironment {
  const window = document.defaultView;
  if (!window) throw new Error('The calling host needs a document with a window.');
  return {
    messages: window,
    mount(url, onLoad) {
      const iframe = document.createElement('iframe');
      iframe.allow = 'microphone; autoplay';
      iframe.src = url;
      iframe.addEventListener('load', onLoad);
      document.body.append(iframe);
      return {
        post: (message, targetOrigin, port) => iframe.contentWindow?.postMessage(message, targetOrigin, [port]),
        isSource: (source) => source !== null && source === iframe.contentWindow,
        // Setting src navigates again, even to the same URL: the page reloads.
        reload: () => {
          iframe.src = url;
        },
        remove: () => iframe.remove(),
      };
    },
  };
}

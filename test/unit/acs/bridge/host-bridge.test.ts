import { afterEach, describe, expect, it, vi } from 'vitest';
import { AcsCallEngine } from '../../../../src/engine/acs-engine.ts';
import { EmbeddingRefused, HostBridge } from '../../../../src/host/bridge.ts';
import { InstantWorld } from '../../engine/test-world.ts';
import { EXTENSION_ORIGIN, FakeHostWindow, HOST_ORIGIN, MessageWindow } from './linked-pages.ts';

const CONNECT = { type: 'acs-calling-host:connect', version: 1, displayName: 'Agent 7' };
const cleanups: (() => void)[] = [];

afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

const OTHER_EXTENSION = 'chrome-extension://ponmlkjihgfedcbaponmlkjihgfedcba';

/** A host page framed by `ancestorOrigins` (parent first), allowing `allowedOrigins`. */
function hostPage(allowedOrigins = [EXTENSION_ORIGIN], ancestorOrigins = [EXTENSION_ORIGIN]) {
  const parent = new MessageWindow();
  const hostWindow = new FakeHostWindow(parent, ancestorOrigins);
  const world = new InstantWorld();
  const fetchToken = async () => ({ token: 'token', expiresOnTimestamp: Date.now() + 3_600_000 });
  const bridge = new HostBridge({ window: hostWindow, allowedOrigins, createEngine: () => new AcsCallEngine({ sdk: world.sdk, fetchToken }) });
  cleanups.push(() => void bridge.close());
  return { parent, hostWindow, bridge };
}

function openHost() {
  const host = hostPage();
  host.bridge.open();
  return host;
}

/** Hands the host a port as a window of `origin` would (its parent by default); returns what comes back through it. */
function connect(hostWindow: FakeHostWindow, origin: string, message: unknown = CONNECT, source: unknown = hostWindow.parent) {
  const channel = new MessageChannel();
  const received: unknown[] = [];
  channel.port1.onmessage = (event: MessageEvent) => received.push(event.data);
  cleanups.push(() => channel.port1.close());
  hostWindow.receive(message, origin, [channel.port2], source);
  return { port: channel.port1, received };
}

/** Lets postMessage and port deliveries happen. */
const aWhile = () => new Promise((resolve) => setTimeout(resolve, 30));

describe('HostBridge', () => {
  it('says hello to its parent when the parent is an allowed extension', async () => {
    const heard: MessageEvent[] = [];
    const { parent, bridge } = hostPage([OTHER_EXTENSION, EXTENSION_ORIGIN]);
    parent.addEventListener('message', (event) => heard.push(event));
    bridge.open();
    await aWhile();

    expect(heard.map(({ origin, data }) => ({ origin, data }))).toEqual([{ origin: HOST_ORIGIN, data: { type: 'acs-calling-host:hello', version: 1 } }]);
  });

  it.each([
    ['opened on its own, with no parent', []],
    ['framed by a web page', ['https://crm.example.com']],
    ['framed by another extension', [OTHER_EXTENSION]],
    ['framed by a web page inside the allowed extension', ['https://crm.example.com', EXTENSION_ORIGIN]],
  ])('refuses to start when %s, and serves nobody', async (_case, ancestorOrigins) => {
    const heard: MessageEvent[] = [];
    const { parent, hostWindow, bridge } = hostPage([EXTENSION_ORIGIN], ancestorOrigins);
    parent.addEventListener('message', (event) => heard.push(event));

    expect(() => bridge.open()).toThrow(EmbeddingRefused);
    const { received } = connect(hostWindow, EXTENSION_ORIGIN);
    await aWhile();

    expect(heard).toEqual([]);
    expect(received).toEqual([]);
  });

  it('serves an allowed extension: its snapshot at once over the port', async () => {
    const { hostWindow } = openHost();

    const { received } = connect(hostWindow, EXTENSION_ORIGIN);

    await vi.waitFor(() => expect(received).toEqual([{ kind: 'snapshot', snapshot: expect.objectContaining({ engine: 'acs', connection: 'idle' }) }]));
  });

  it('ignores a connect with the extension\'s origin from a window that is not its parent', async () => {
    const { hostWindow } = openHost();
    const otherFrameOfTheExtension = new MessageWindow();

    const { received } = connect(hostWindow, EXTENSION_ORIGIN, CONNECT, otherFrameOfTheExtension);
    await aWhile();

    expect(received).toEqual([]);
  });

  it.each([
    ['another extension', OTHER_EXTENSION, CONNECT],
    ['a web page', 'https://crm.example.com', CONNECT],
    ['a message that does not parse', EXTENSION_ORIGIN, { ...CONNECT, version: 2 }],
  ])('ignores a connect from %s', async (_case, origin, message) => {
    const { hostWindow } = openHost();

    const { received } = connect(hostWindow, origin, message);
    await aWhile();

    expect(received).toEqual([]);
  });

  it('answers a request that does not parse with 400, so the caller need not wait', async () => {
    const { hostWindow } = openHost();
    const { port, received } = connect(hostWindow, EXTENSION_ORIGIN);

    port.postMessage({ id: 7, call: { method: 'transfer', request: { callId: 'c1', mode: 'participant', target: 'javascript:alert(1)' } } });
    port.postMessage({ call: { method: 'start' } });

    await vi.waitFor(() =>
      expect(received).toContainEqual({ kind: 'reply', id: 7, reply: { ok: false, error: { message: expect.stringMatching(/^Bad request: /), code: 400 } } }),
    );
    await aWhile();
    expect(received.filter((message) => (message as { kind: string }).kind === 'reply')).toHaveLength(1);
  });

  it('runs a valid request and replies with the engine outcome', async () => {
    const { hostWindow } = openHost();
    const { port, received } = connect(hostWindow, EXTENSION_ORIGIN);

    port.postMessage({ id: 1, call: { method: 'start' } });
    port.postMessage({ id: 2, call: { method: 'hold', callId: 'nope' } });

    await vi.waitFor(() =>
      expect(received.filter((message) => (message as { kind: string }).kind === 'reply')).toEqual(
        expect.arrayContaining([
          { kind: 'reply', id: 1, reply: { ok: true, value: null } },
          { kind: 'reply', id: 2, reply: { ok: false, error: { message: 'There is no such call.', code: 404, subCode: 0 } } },
        ]),
      ),
    );
  });
});

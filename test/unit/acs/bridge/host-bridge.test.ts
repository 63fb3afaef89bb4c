import { afterEach, describe, expect, it, vi } from 'vitest';
import { AcsCallEngine } from '../../../../src/engine/acs-engine.ts';
import { HostBridge } from '../../../../src/host/bridge.ts';
import { InstantWorld } from '../../engine/test-world.ts';
import { EXTENSION_ORIGIN, FakeHostWindow, HOST_ORIGIN, MessageWindow } from './linked-pages.ts';

const CONNECT = { type: 'acs-calling-host:connect', version: 1, displayName: 'Agent 7' };
const cleanups: (() => void)[] = [];

afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function openHost(allowedOrigins = [EXTENSION_ORIGIN]) {
  const parent = new MessageWindow();
  const hostWindow = new FakeHostWindow(parent);
  const world = new InstantWorld();
  const fetchToken = async () => ({ token: 'token', expiresOnTimestamp: Date.now() + 3_600_000 });
  const bridge = new HostBridge({ window: hostWindow, allowedOrigins, createEngine: () => new AcsCallEngine({ sdk: world.sdk, fetchToken }) });
  bridge.open();
  cleanups.push(() => void bridge.close());
  return { parent, hostWindow };
}

/** Hands the host a port as `origin` would; returns what comes back through it. */
function connect(hostWindow: FakeHostWindow, origin: string, message: unknown = CONNECT) {
  const channel = new MessageChannel();
  const received: unknown[] = [];
  channel.port1.onmessage = (event: MessageEvent) => received.push(event.data);
  cleanups.push(() => channel.port1.close());
  hostWindow.receive(message, origin, [channel.port2]);
  return { port: channel.port1, received };
}

/** Lets postMessage and port deliveries happen. */
const aWhile = () => new Promise((resolve) => setTimeout(resolve, 30));

describe('HostBridge', () => {
  it('says hello to its parent only if the parent is an allowed extension', async () => {
    const heard: MessageEvent[] = [];
    openHost().parent.addEventListener('message', (event) => heard.push(event));
    openHost(['chrome-extension://ponmlkjihgfedcbaponmlkjihgfedcba']).parent.addEventListener('message', (event) => heard.push(event));
    await aWhile();

    expect(heard.map(({ origin, data }) => ({ origin, data }))).toEqual([{ origin: HOST_ORIGIN, data: { type: 'acs-calling-host:hello', version: 1 } }]);
  });

  it('serves an allowed extension: its snapshot at once over the port', async () => {
    const { hostWindow } = openHost();

    const { received } = connect(hostWindow, EXTENSION_ORIGIN);

    await vi.waitFor(() => expect(received).toEqual([{ kind: 'snapshot', snapshot: expect.objectContaining({ engine: 'acs', connection: 'idle' }) }]));
  });

  it.each([
    ['another extension', 'chrome-extension://ponmlkjihgfedcbaponmlkjihgfedcba', CONNECT],
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

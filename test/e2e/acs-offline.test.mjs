// The real ACS Calling SDK, offline (docs/acs-sdk.md §13): the built calling host page, served by
// server/token-server.mjs on http://localhost (the SDK refuses 127.0.0.1, §0.1) and embedded by the
// built extension, with the identity client faked at the server's boundary. Every ACS host fails DNS
// here, so the SDK gets as far as its own token checks and its first attempts to connect.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { createServer } from '../../server/token-server.mjs';
import { TEST_SETTINGS, applySettings, openPopup, readSnapshot, startProduct, waitForSnapshot } from './harness.mjs';

const HOST_DIR = fileURLToPath(new URL('../../dist-host', import.meta.url));
const SKIP = existsSync(`${HOST_DIR}/index.html`) ? false : 'dist-host/ is missing: run `npm run build:host` (npm test builds it)';
const RESOURCE = '5f1b8c3e-2a4d-4e6f-8a0b-1c2d3e4f5a6b';
const USER = `${RESOURCE}_00000042-0000-4000-8000-000000000042`;

/** A JWT with the claims the SDK checks before it calls the service (docs/acs-sdk.md §4); offline nobody checks the signature. */
function fakeJwt() {
  const part = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const claims = { skypeid: `acs:${USER}`, scp: 1792, acsScope: 'voip', resourceId: RESOURCE, iat: now, exp: now + 3600 };
  return [part({ alg: 'RS256', kid: 'fake', typ: 'JWT' }), part(claims), part('not a signature')].join('.');
}

/** The calling host and its token endpoint, minting `token` for one fake ACS user; counts what it is asked for. */
async function startHost(extensionId, token) {
  const counts = { tokens: 0, pageLoads: 0 };
  const identity = {
    createUser: async () => ({ communicationUserId: `8:acs:${USER}` }),
    async getToken() {
      counts.tokens += 1;
      return { token, expiresOn: new Date(Date.now() + 3_600_000) };
    },
  };
  const server = createServer({ identity, extensionIds: [extensionId], hostDir: HOST_DIR });
  server.on('request', (request) => {
    if (request.url === '/') counts.pageLoads += 1;
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const close = () => new Promise((resolve) => server.close(resolve).closeAllConnections());
  return { url: `http://localhost:${server.address().port}/`, counts, close };
}

/**
 * Collects uncaught exceptions of the offscreen document and the host frame, which are not Playwright
 * pages: a page's CDP session attaches to their targets through the non-flat Target messages, the only
 * kind its CDPSession carries. Runtime.enable replays exceptions thrown before we attached.
 */
async function watchUncaught(context, isWatched) {
  const cdp = await context.newCDPSession(await context.newPage());
  const uncaught = [];
  const attached = new Set();
  cdp.on('Target.receivedMessageFromTarget', ({ message }) => {
    const { method, params } = JSON.parse(message);
    if (method === 'Runtime.exceptionThrown') uncaught.push(params.exceptionDetails.exception?.description ?? params.exceptionDetails.text);
  });
  const attach = async ({ targetId, url }) => {
    if (attached.has(targetId) || !isWatched(url)) return;
    attached.add(targetId);
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method: 'Runtime.enable' }) });
  };
  // A target that closed before we reached it can throw nothing more: losing it loses nothing.
  const follow = ({ targetInfo }) => void attach(targetInfo).catch(() => undefined);
  cdp.on('Target.targetCreated', follow);
  cdp.on('Target.targetInfoChanged', follow);
  await cdp.send('Target.setDiscoverTargets', { discover: true });
  return uncaught;
}

const connectionText = (popup) => popup.locator('[data-testid="connection"] [role="status"]').textContent();

describe('the real ACS SDK in the calling host page, offline', { skip: SKIP }, () => {
  let product;
  let uncaught;
  const pageErrors = [];
  const hosts = [];

  before(async () => {
    product = await startProduct({ settings: { ...TEST_SETTINGS, simulatorDemoCall: false } });
    // Each case below must be the only settings change in flight: the offscreen session applies
    // overlapping changes concurrently, and two engines then start.
    await waitForSnapshot(product, (s) => s.engine === 'simulated' && s.connection === 'connected', 'the simulated session');
    product.context.on('weberror', (error) => pageErrors.push(error.error().message));
    const offscreen = `chrome-extension://${product.extensionId}/src/offscreen/`;
    uncaught = await watchUncaught(product.context, (url) => url.startsWith(offscreen) || url.startsWith('http://localhost:'));
  });

  after(async () => {
    await product?.close();
    await Promise.all(hosts.map((host) => host.close()));
  });

  /** Serves a host minting `token`, and points the extension's ACS engine at it. */
  async function useHost(token) {
    const host = await startHost(product.extensionId, token);
    hosts.push(host);
    await applySettings(product, { ...TEST_SETTINGS, simulatorDemoCall: false, engine: 'acs', callingHostUrl: host.url });
    return host;
  }

  test('a malformed token fails the start within seconds, and the popup says "Invalid token"', async () => {
    const host = await useHost('not-a-jwt');

    const failed = await waitForSnapshot(product, (s) => s.engine === 'acs' && s.connection === 'failed', 'the ACS start to fail', 10_000);
    const { code, subCode, origin, message = '' } = failed.lastError ?? {};
    assert.deepEqual({ code, subCode, origin }, { code: 401, subCode: 44111, origin: 'sdk' });
    assert.match(message, /invalid token/i);
    const popup = await openPopup(product);
    await popup.locator('[data-testid="connection"][data-connection="failed"]').waitFor();
    assert.equal(await connectionText(popup), 'Invalid token');
    await popup.close();
    assert.equal(host.counts.tokens, 1, 'a token the SDK refuses is not fetched again');
    assert.deepEqual(uncaught, []);
  });

  test('a well-formed fake token leaves the agent disconnected with its reason, with no retry storm and nothing uncaught', async () => {
    const host = await useHost(fakeJwt());

    const down = await waitForSnapshot(product, (s) => s.engine === 'acs' && s.connection === 'disconnected', 'the agent to be disconnected', 30_000);
    assert.equal(down.connectionReason, 'connectionIssue');
    const popup = await openPopup(product);
    await popup.locator('[data-testid="connection"][data-connection="disconnected"]').waitFor();
    assert.equal(await connectionText(popup), 'Connection lost, reconnecting…');

    await sleep(10_000);
    const later = await readSnapshot(product);
    assert.deepEqual([later.connection, later.connectionReason], ['disconnected', 'connectionIssue']);
    assert.ok(host.counts.tokens >= 1 && host.counts.tokens <= 3, `${host.counts.tokens} token requests`);
    assert.equal(host.counts.pageLoads, 1, 'the host page is not reloaded');
    assert.deepEqual(uncaught, []);
    assert.deepEqual(pageErrors, []);
    await popup.close();
  });
});

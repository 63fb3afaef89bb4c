// @ts-check
// The development calling host server (docs/design.md, "The parts"): serves the built host page and mints ACS
// user tokens at POST /token. The connection string stays on this server: the extension and the page
// only ever see tokens (docs/acs-sdk.md §4). /token is rate-limited per client (rate-limit.mjs), and
// a failure reaches the client as a generic message while its details go to the local log. The
// identity client and the clock are injected so tests need neither Azure nor waiting.
import { createServer as createHttpServer } from 'node:http';
import { resolve } from 'node:path';
import { DEFAULT_RATE_LIMIT, tokenBuckets } from './rate-limit.mjs';
import { readStaticFile } from './static-files.mjs';

/**
 * @typedef {import('@azure/communication-identity').CommunicationIdentityClient} CommunicationIdentityClient
 * @typedef {Pick<CommunicationIdentityClient, 'createUser' | 'getToken'>} IdentityClient
 * @typedef {import('node:http').IncomingMessage} Request
 * @typedef {import('node:http').ServerResponse} Response
 * @typedef {import('./rate-limit.mjs').RateLimit} RateLimit
 * @typedef {{ identity: IdentityClient; extensionIds: readonly string[]; hostDir: string; userId?: string;
 *   rateLimit?: RateLimit; now?: () => number; log?: (message: string) => void }} TokenServerOptions
 * @typedef {{ extensionOrigins: string[]; issueToken: () => Promise<object>; admit: ReturnType<typeof tokenBuckets>;
 *   log: (message: string) => void }} TokenRoute
 */

const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' };

/**
 * @param {TokenServerOptions} options
 * @returns {import('node:http').Server}
 */
export function createServer({ identity, extensionIds, hostDir, userId, rateLimit = DEFAULT_RATE_LIMIT, now = Date.now, log = console.error }) {
  const extensionOrigins = extensionIds.map((id) => `chrome-extension://${id}`);
  const root = resolve(hostDir);
  /** @type {TokenRoute} */
  const tokens = { extensionOrigins, issueToken: tokenIssuer(identity, userId), admit: tokenBuckets(rateLimit, now), log };
  // Only the extension may frame the page (docs/acs-sdk.md §2); the SDK itself needs no other limits.
  const pageHeaders = { 'content-security-policy': `frame-ancestors ${extensionOrigins.join(' ')}`, 'x-content-type-options': 'nosniff' };
  const hostConfig = JSON.stringify({ extensionIds, tokenUrl: '/token' });

  return createHttpServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://host').pathname;
    if (path === '/token') return void serveToken(request, response, tokens);
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, { error: 'Method not allowed' });
    if (path === '/host-config.json') return send(response, 200, hostConfig, { ...JSON_TYPE, 'cache-control': 'no-store' });
    void readStaticFile(root, path).then((file) => {
      if (!file) return send(response, 404, { error: 'Not found' });
      send(response, 200, file.body, { ...pageHeaders, 'content-type': file.contentType });
    });
  });
}

/**
 * One ACS user per server unless `userId` names one: a token refresh must not change who the agent is.
 * @param {IdentityClient} identity
 * @param {string | undefined} userId
 */
function tokenIssuer(identity, userId) {
  /** @type {Promise<import('@azure/communication-common').CommunicationUserIdentifier> | undefined} */
  let user = userId ? Promise.resolve({ communicationUserId: userId }) : undefined;
  return async () => {
    user ??= identity.createUser();
    const who = await user.catch((error) => {
      user = undefined;
      throw error;
    });
    const { token, expiresOn } = await identity.getToken(who, ['voip']);
    return { token, expiresOn: expiresOn.toISOString(), userId: who.communicationUserId };
  };
}

/**
 * Callers: the host page (same origin), the extension (CORS, with credentials) or a non-browser client
 * (no Origin). Any other web page is refused, so no site the agent visits can mint tokens.
 * @param {Request} request
 * @param {Response} response
 * @param {TokenRoute} route
 */
async function serveToken(request, response, { extensionOrigins, issueToken, admit, log }) {
  const origin = request.headers.origin;
  const isExtension = origin !== undefined && extensionOrigins.includes(origin);
  const isSameOrigin = origin === `http://${request.headers.host}` && isLoopback(request.headers.host);
  if (origin !== undefined && !isExtension && !isSameOrigin) {
    return send(response, 403, { error: 'This origin may not request tokens.' });
  }
  const cors = isExtension ? corsHeaders(origin) : {};
  if (request.method === 'OPTIONS') {
    return send(response, 204, '', { ...cors, 'access-control-allow-methods': 'POST', 'access-control-max-age': '600' });
  }
  if (request.method !== 'POST') return send(response, 405, { error: 'Use POST' }, cors);
  const admission = admit(request.socket.remoteAddress ?? 'unknown');
  if (!admission.allowed) {
    return send(response, 429, { error: 'Too many token requests; try again later.' }, { ...cors, 'retry-after': String(admission.retryAfterSeconds) });
  }
  try {
    send(response, 200, await issueToken(), { ...cors, 'cache-control': 'no-store' });
  } catch (error) {
    // Azure's text can name the resource or the key's problem: it stays in this server's log.
    log(`POST /token: ACS did not issue a token: ${error instanceof Error ? error.message : String(error)}`);
    send(response, 502, { error: 'Could not issue an ACS token. The calling host server\'s log says why.' }, cors);
  }
}

/**
 * The page is served on http://localhost only (the SDK accepts no other http origin, notes §0.1). A
 * page on any other name that reaches this server got here by DNS rebinding: it is not the host page.
 * @param {string | undefined} host
 */
function isLoopback(host) {
  const hostname = host === undefined ? '' : new URL(`http://${host}`).hostname;
  return ['localhost', '127.0.0.1', '[::1]'].includes(hostname);
}

/** @param {string} origin */
function corsHeaders(origin) {
  return { 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true', vary: 'Origin' };
}

/**
 * @param {Response} response
 * @param {number} status
 * @param {string | Buffer | object} body
 * @param {Record<string, string>} [headers]
 */
function send(response, status, body, headers = {}) {
  const isData = typeof body === 'object' && !Buffer.isBuffer(body);
  response.writeHead(status, { ...(isData ? JSON_TYPE : {}), ...headers });
  response.end(isData ? JSON.stringify(body) : body);
}

// @vitest-environment node
// The dev server over real HTTP on 127.0.0.1, with a fake identity client at the Azure boundary.
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { tokenBuckets } from '../../../server/rate-limit.mjs';
import { readServerConfig } from '../../../server/server-config.mjs';
import { createServer, type IdentityClient, type TokenServerOptions } from '../../../server/token-server.mjs';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const EXTENSION = `chrome-extension://${EXTENSION_ID}`;
const EXPIRES = new Date('2030-01-01T00:00:00.000Z');

let hostDir: string;
const servers: { close(): void }[] = [];

beforeAll(async () => {
  const parent = await mkdtemp(join(tmpdir(), 'calling-host-'));
  hostDir = join(parent, 'dist-host');
  await mkdir(hostDir);
  await writeFile(join(hostDir, 'index.html'), '<p>host</p>');
  await writeFile(join(parent, 'secret.txt'), 'outside');
});

afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

function fakeIdentity(failure?: Error): IdentityClient & { usersCreated: number } {
  const identity = {
    usersCreated: 0,
    async createUser() {
      if (failure) throw failure;
      identity.usersCreated += 1;
      return { communicationUserId: `8:acs:resource_user-${identity.usersCreated}` };
    },
    async getToken(user: { communicationUserId: string }) {
      return { token: `token-for-${user.communicationUserId}`, expiresOn: EXPIRES };
    },
  };
  return identity;
}

async function serve(identity: IdentityClient, userId?: string, options: Partial<TokenServerOptions> = {}): Promise<string> {
  const server = createServer({ identity, extensionIds: [EXTENSION_ID], hostDir, ...(userId && { userId }), ...options });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('POST /token', () => {
  it('issues a voip token to the extension, with CORS for its origin only', async () => {
    const base = await serve(fakeIdentity());

    const response = await fetch(`${base}/token`, { method: 'POST', headers: { origin: EXTENSION } });

    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(EXTENSION);
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
    expect(await response.json()).toEqual({ token: 'token-for-8:acs:resource_user-1', expiresOn: EXPIRES.toISOString(), userId: '8:acs:resource_user-1' });
  });

  it('keeps issuing tokens for the same user, so a refresh does not change who the agent is', async () => {
    const base = await serve(fakeIdentity());
    const post = () => fetch(`${base}/token`, { method: 'POST', headers: { origin: base } }).then((response) => response.json());

    const [first, second] = [await post(), await post()];

    expect(second.userId).toBe(first.userId);
  });

  it('issues tokens for the configured user', async () => {
    const base = await serve(fakeIdentity(), '8:acs:resource_agent-7');

    const body = await (await fetch(`${base}/token`, { method: 'POST' })).json();

    expect(body).toMatchObject({ userId: '8:acs:resource_agent-7', token: 'token-for-8:acs:resource_agent-7' });
  });

  it('refuses any other web origin', async () => {
    const base = await serve(fakeIdentity());

    const response = await fetch(`${base}/token`, { method: 'POST', headers: { origin: 'https://crm.example.com' } });

    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a page that reached the server by DNS rebinding, though it looks same-origin', async () => {
    const base = await serve(fakeIdentity());
    const port = new URL(base).port;

    const status = await new Promise<number | undefined>((resolve, reject) => {
      const headers = { host: `rebound.example:${port}`, origin: `http://rebound.example:${port}` };
      request(`${base}/token`, { method: 'POST', headers }, (response) => resolve(response.resume().statusCode)).on('error', reject).end();
    });

    expect(status).toBe(403);
  });

  it('answers the preflight of the extension, and not of other origins', async () => {
    const base = await serve(fakeIdentity());
    const preflight = (origin: string) => fetch(`${base}/token`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });

    const allowed = await preflight(EXTENSION);
    const refused = await preflight('https://evil.example');

    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-methods')).toBe('POST');
    expect(refused.status).toBe(403);
  });

  it('tells the client only that ACS would not issue a token, and logs why on the server', async () => {
    const logged: string[] = [];
    const base = await serve(fakeIdentity(new Error('Invalid access key for resource contoso-acs')), undefined, { log: (line) => logged.push(line) });

    const response = await fetch(`${base}/token`, { method: 'POST' });

    expect(response.status).toBe(502);
    const body = JSON.stringify(await response.json());
    expect(body).toContain('Could not issue an ACS token.');
    expect(body).not.toMatch(/Invalid access key|contoso/);
    expect(logged).toEqual(['POST /token: ACS did not issue a token: Invalid access key for resource contoso-acs']);
  });

  it('does not echo a refused origin back', async () => {
    const base = await serve(fakeIdentity());

    const response = await fetch(`${base}/token`, { method: 'POST', headers: { origin: 'https://crm.example.com' } });

    expect(JSON.stringify(await response.json())).not.toContain('crm.example.com');
  });

  it('answers 429 with Retry-After once a client has used its burst, and serves it again after the refill', async () => {
    let clock = 1_000_000;
    const identity = fakeIdentity();
    const base = await serve(identity, undefined, { rateLimit: { burst: 2, perMinute: 6 }, now: () => clock });
    const post = () => fetch(`${base}/token`, { method: 'POST', headers: { origin: EXTENSION } });

    const statuses = [(await post()).status, (await post()).status];
    const limited = await post();
    clock += 10_000;
    const refilled = await post();

    expect(statuses).toEqual([200, 200]);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('10');
    expect(limited.headers.get('access-control-allow-origin')).toBe(EXTENSION);
    expect(refilled.status).toBe(200);
    expect(identity.usersCreated).toBe(1);
  });
});

describe('the host page', () => {
  it('is served with a CSP that lets only the extension frame it', async () => {
    const base = await serve(fakeIdentity());

    const response = await fetch(`${base}/`);

    expect(await response.text()).toBe('<p>host</p>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(`frame-ancestors ${EXTENSION}`);
  });

  it('has its configuration beside it', async () => {
    const base = await serve(fakeIdentity());

    expect(await (await fetch(`${base}/host-config.json`)).json()).toEqual({ extensionIds: [EXTENSION_ID], tokenUrl: '/token' });
  });

  it('serves nothing outside dist-host', async () => {
    const base = await serve(fakeIdentity());

    expect((await fetch(`${base}/..%2Fsecret.txt`)).status).toBe(404);
    expect((await fetch(`${base}/missing.js`)).status).toBe(404);
  });
});

describe('tokenBuckets', () => {
  it('keeps one bucket per client: one client at its limit does not slow another', () => {
    const admit = tokenBuckets({ burst: 1, perMinute: 1 }, () => 0);

    expect([admit('10.0.0.1'), admit('10.0.0.1'), admit('10.0.0.2')]).toEqual([
      { allowed: true },
      { allowed: false, retryAfterSeconds: 60 },
      { allowed: true },
    ]);
  });

  it('never lets a client save up more than its burst', () => {
    let clock = 0;
    const admit = tokenBuckets({ burst: 2, perMinute: 60 }, () => clock);
    clock += 3_600_000;

    expect([admit('a'), admit('a'), admit('a')].map((admission) => admission.allowed)).toEqual([true, true, false]);
  });
});

describe('readServerConfig', () => {
  const valid = { ACS_CONNECTION_STRING: 'endpoint=https://x.communication.azure.com/;accesskey=a2V5', EXTENSION_IDS: EXTENSION_ID };

  it('binds 127.0.0.1:8080 and serves dist-host unless told otherwise', () => {
    expect(readServerConfig(valid)).toEqual({
      connectionString: valid.ACS_CONNECTION_STRING,
      extensionIds: [EXTENSION_ID],
      host: '127.0.0.1',
      port: 8080,
      hostDir: 'dist-host',
    });
  });

  it.each([
    [{ EXTENSION_IDS: EXTENSION_ID }, 'ACS_CONNECTION_STRING is not set'],
    [{ ACS_CONNECTION_STRING: 'x' }, 'EXTENSION_IDS is not set'],
    [{ ...valid, EXTENSION_IDS: 'not-an-id' }, 'EXTENSION_IDS: "not-an-id" is not a Chrome extension id'],
    [{ ...valid, ACS_USER_ID: '4:+14255550100' }, 'ACS_USER_ID: "4:+14255550100" is not an ACS user id'],
    [{ ...valid, PORT: 'eighty' }, 'PORT: "eighty" is not a port number'],
    [{ ...valid, HOST: '0.0.0.0' }, 'HOST: "0.0.0.0" is not a loopback address'],
    [{ ...valid, HOST: '192.168.1.20' }, 'set ALLOW_REMOTE_HOST=1 if you mean it'],
    [{ ...valid, HOST: '0.0.0.0', ALLOW_REMOTE_HOST: 'yes' }, 'HOST: "0.0.0.0" is not a loopback address'],
  ])('refuses %o with a message saying what to set', (env, message) => {
    expect(() => readServerConfig(env)).toThrow(message);
  });

  it.each(['127.0.0.1', '127.0.0.2', 'localhost', '::1'])('binds the loopback HOST %s', (host) => {
    expect(readServerConfig({ ...valid, HOST: host }).host).toBe(host);
  });

  it('binds another HOST only when ALLOW_REMOTE_HOST=1 says so', () => {
    expect(readServerConfig({ ...valid, HOST: '0.0.0.0', ALLOW_REMOTE_HOST: '1' }).host).toBe('0.0.0.0');
  });
});

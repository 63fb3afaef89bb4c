import { describe, expect, it } from 'vitest';
import { tokenFetcher } from '../../../src/host/token-source.ts';
import { EngineFailure } from '../../../src/shared/engine.ts';

const URL = 'https://calling.example.com/token';
const IN_AN_HOUR = new Date(Date.now() + 3_600_000).toISOString();

function answering(status: number, body: unknown, seen: RequestInit[] = []): typeof fetch {
  return async (_input, init) => {
    seen.push(init ?? {});
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status });
  };
}

async function failureOf(promise: Promise<unknown>): Promise<EngineFailure> {
  const error = await promise.then(() => undefined, (reason: unknown) => reason);
  if (!(error instanceof EngineFailure)) throw new Error(`Expected an EngineFailure, got ${String(error)}`);
  return error;
}

describe('tokenFetcher', () => {
  it('POSTs with the page cookies and returns the token, its expiry and its owner', async () => {
    const seen: RequestInit[] = [];
    const fetchToken = tokenFetcher(URL, answering(200, { token: 'jwt', expiresOn: IN_AN_HOUR, userId: '8:acs:r_u' }, seen));

    await expect(fetchToken()).resolves.toEqual({ token: 'jwt', expiresOnTimestamp: Date.parse(IN_AN_HOUR), userId: '8:acs:r_u' });
    expect(seen[0]).toMatchObject({ method: 'POST', credentials: 'include' });
  });

  it('says the service refused when it answers 401', async () => {
    const failure = await failureOf(tokenFetcher(URL, answering(401, 'no session'))());
    expect(failure.message).toBe(`The token service at ${URL} refused to issue a token (sign in to it first).`);
    expect(failure.code).toBe(401);
  });

  it('says the service failed on other HTTP errors, with its explanation when it gives one', async () => {
    const plain = await failureOf(tokenFetcher(URL, answering(500, 'oops'))());
    const explained = await failureOf(tokenFetcher(URL, answering(502, { error: 'Could not issue an ACS token: getaddrinfo ENOTFOUND' }))());

    expect(plain.message).toBe(`The token service at ${URL} failed (HTTP 500).`);
    expect(explained.message).toBe(`The token service at ${URL} failed (HTTP 502). It said: Could not issue an ACS token: getaddrinfo ENOTFOUND`);
  });

  it('says the service is unreachable when the request cannot be made', async () => {
    const offline: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    const failure = await failureOf(tokenFetcher(URL, offline)());
    expect(failure.message).toBe(`The token service at ${URL} is unreachable: Failed to fetch`);
    expect(failure.code).toBe(503);
  });

  it.each([
    ['not JSON', 'hello'],
    ['no token', { expiresOn: IN_AN_HOUR }],
    ['an expiry that is not a timestamp', { token: 'jwt', expiresOn: 'tomorrow' }],
  ])('rejects an answer with %s', async (_case, body) => {
    const failure = await failureOf(tokenFetcher(URL, answering(200, body))());
    expect(failure.message).toBe(`The token service at ${URL} did not answer with a token.`);
  });

  it('rejects a token that has already expired', async () => {
    const expired = { token: 'jwt', expiresOn: new Date(Date.now() - 1000).toISOString() };
    const failure = await failureOf(tokenFetcher(URL, answering(200, expired))());
    expect(failure.message).toBe(`The token service at ${URL} sent an expired token.`);
  });
});

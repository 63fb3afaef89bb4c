// ACS user tokens come from the organisation's token endpoint, never from a secret in the page
// (docs/acs-sdk.md §4). The session cookie of that origin authenticates the agent, hence
// `credentials: 'include'`. The answer is parsed, not trusted.
import * as v from 'valibot';
import { EngineFailure } from '../shared/engine.ts';
import { messageOf } from '../engine/sdk-errors.ts';
import type { TokenFetcher } from '../engine/token.ts';

const TOKEN_TIMEOUT_MS = 15_000;

const TokenResponseSchema = v.object({
  token: v.pipe(v.string(), v.minLength(1), v.maxLength(10_000)),
  expiresOn: v.pipe(v.string(), v.isoTimestamp()),
  /** The raw id the token was issued for, when the endpoint tells. */
  userId: v.optional(v.pipe(v.string(), v.maxLength(300))),
});


export function tokenFetcher(url: string, fetchImpl: typeof fetch = fetch): TokenFetcher {
  return async () => {
    const response = await post(url, fetchImpl);
    if (!response.ok) throw await refused(url, response);
    const parsed = v.safeParse(TokenResponseSchema, await response.json().catch(() => undefined));
    if (!parsed.success) throw new EngineFailure(`The token service at ${url} did not answer with a token.`, 502);
    const { token, expiresOn, userId } = parsed.output;
    const expiresOnTimestamp = Date.parse(expiresOn);
    if (expiresOnTimestamp <= Date.now()) throw new EngineFailure(`The token service at ${url} sent an expired token.`, 502);
    return userId === undefined ? { token, expiresOnTimestamp } : { token, expiresOnTimestamp, userId };
  };
}

async function post(url: string, fetchImpl: typeof fetch): Promise<Response> {
  try {
    return await fetchImpl(url, {
      method: 'POST',
      credentials: 'include',
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(TOKEN_TIMEOUT_MS),
    });
  } catch (error) {
    throw new EngineFailure(`The token service at ${url} is unreachable: ${messageOf(error)}`, 503);
  }
}

/** server/ answers errors as {error: "…"}; an organisation's endpoint may too. */
const ErrorBodySchema = v.object({ error: v.string() });

async function refused(url: string, response: Response): Promise<EngineFailure> {
  const { status } = response;
  const why = status === 401 || status === 403 ? 'refused to issue a token (sign in to it first)' : `failed (HTTP ${status})`;
  const body = v.safeParse(ErrorBodySchema, await response.json().catch(() => undefined));
  const detail = body.success ? ` It said: ${body.output.error.slice(0, 300)}` : '';
  return new EngineFailure(`The token service at ${url} ${why}.${detail}`, status);
}

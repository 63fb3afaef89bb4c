import { describe, expect, it } from 'vitest';
import { REDACTED, redactText, redactValue } from '../../../src/shared/redact.ts';

// Shaped like ACS tokens: base64url header, payload and signature.
const HEADER = 'eyJhbGciOiJSUzI1NiIsImtpZCI6IjEwNiIsInR5cCI6IkpXVCJ9';
const PAYLOAD = 'eyJza3lwZWlkIjoiYWNzOjFiMmMiLCJzY3AiOjE3OTIsImFjc1Njb3BlIjoidm9pcCJ9';
const SIGNATURE = 'Qm9ndXNTaWduYXR1cmVfd2l0aC1kYXNoZXMtYW5kX3VuZGVyc2NvcmVz';
const JWT = `${HEADER}.${PAYLOAD}.${SIGNATURE}`;
const ACCESS_KEY = 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0NTY3ODkwYWJjZGVmZ2hpamtsbW5vcA/+xyz==';
const ACS_USER = '8:acs:1b2c3d4e-5f60-7182-93a4-b5c6d7e8f901_00000020-1a2b-3c4d-5e6f-708192a3b4c5';

/** Every secret fragment that must be gone from the output. */
const SECRETS = [HEADER, PAYLOAD, SIGNATURE, ACCESS_KEY, 'opaque-secret-42', 'c2VjcmV0LWNvb2tpZQ', 'YWdlbnQ6aHVudGVyMg'];
// base64 of "agent:hunter2", as in an HTTP Basic header.
const BASIC = 'YWdlbnQ6aHVudGVyMg==';
// A value far past any line limit: had a pattern a bound, the part past it would get through.
const LONG_VALUE = `opaque-secret-42${'_x-y'.repeat(2_000)}`;

function leaks(text: string): string[] {
  return SECRETS.filter((secret) => text.includes(secret));
}

describe('redacting secrets from text', () => {
  it.each([
    ['a JWT in a query string', `GET https://calls.contoso.example/acs?token=${JWT}&lang=es`, /\?token=\[redacted\]&lang=es$/],
    ['a JWT in a URL path', `https://calls.contoso.example/v1/${JWT}/calls`, /\/v1\/\[redacted\]\/calls$/],
    ['a JWT cut short by a log line limit', `credential refreshed: ${HEADER}.${PAYLOAD.slice(0, 20)}`, /refreshed: \[redacted\]$/],
    ['a bare JWT header', `header ${HEADER} seen`, /^header \[redacted\] seen$/],
    ['a JSON token field', `{"token":"opaque-secret-42","expiresOn":"2026-11-25T18:00:00Z"}`, /"token":"\[redacted\]","expiresOn":"2026-11-25T18:00:00Z"/],
    ['JSON with spaces and other token names', `{ "accessToken" : "opaque-secret-42", 'refresh_token': 'opaque-secret-42' }`, /"accessToken" : "\[redacted\]", 'refresh_token': '\[redacted\]'/],
    ['JSON stringified inside JSON', String.raw`{"body":"{\"token\":\"opaque-secret-42\",\"id\":7}"}`, /\\"token\\":\\"\[redacted\]\\",\\"id\\":7/],
    ['a connection string', `endpoint=https://res.communication.azure.com/;accesskey=${ACCESS_KEY}`, /^endpoint=https:\/\/res\.communication\.azure\.com\/;accesskey=\[redacted\]$/],
    ['a connection string with other casing', `Endpoint=https://res.communication.azure.com/;AccessKey=${ACCESS_KEY};Other=1`, /AccessKey=\[redacted\];Other=1$/],
    ['a shared access key and a SAS signature', `SharedAccessKey=${ACCESS_KEY} and ?sv=2024&sig=opaque-secret-42&se=1`, /SharedAccessKey=\[redacted\] and \?sv=2024&sig=\[redacted\]&se=1$/],
    ['a bearer header', `Authorization: Bearer ${JWT}`, /^Authorization: \[redacted\]$/],
    ['a bearer token in prose', 'retrying with bearer opaque-secret-42 now', /with bearer \[redacted\] now$/],
    ['an HMAC authorization header', 'authorization: HMAC-SHA256 SignedHeaders=x-ms-date;host&Signature=opaque-secret-42', /^authorization: \[redacted\]$/],
    ['an authorization JSON field', `{"Authorization":"Bearer opaque-secret-42"}`, /^\{"Authorization":"\[redacted\]"\}$/],
    ['a cookie header', 'Cookie: session=c2VjcmV0LWNvb2tpZQ; theme=dark', /^Cookie: \[redacted\]$/],
    ['an ICE password in SDP', 'a=ice-ufrag:Xy12\r\na=ice-pwd:opaque-secret-42\r\n', /a=ice-pwd:\[redacted\]/],
    ['a long bare key', `key material ${ACCESS_KEY} follows`, /^key material \[redacted\] follows$/],
    ['Basic credentials in prose', `sent basic ${BASIC} to the proxy`, /^sent basic \[redacted\] to the proxy$/],
    ['Basic credentials in a JSON header value', `{"headers":{"Proxy":"Basic ${BASIC}"}}`, /"Proxy":"Basic \[redacted\]"/],
    ['an unquoted key with a double-quoted value', `{ token: "opaque-secret-42", id: 7 }`, /^\{ token: "\[redacted\]", id: 7 \}$/],
    ['an unquoted key with a single-quoted value and spaces', `password = 'opaque-secret-42 with spaces'`, /^password = '\[redacted\]'$/],
    ['credentials', `credentials: opaque-secret-42`, /^credentials: \[redacted\]$/],
    ['a private key', `{ privateKey: "opaque-secret-42" }`, /privateKey: "\[redacted\]"/],
    ['a password, pwd and pass', 'password=opaque-secret-42&pwd=opaque-secret-42&pass=opaque-secret-42', /^password=\[redacted\]&pwd=\[redacted\]&pass=\[redacted\]$/],
    ['a session key', `{"sessionKey":"opaque-secret-42"}`, /^\{"sessionKey":"\[redacted\]"\}$/],
    ['a URL-encoded token', 'redirect=https%3A%2F%2Fcrm.example%2Fcb%3Ftoken%3Dopaque-secret-42%26lang%3Des', /cb%3Ftoken%3D\[redacted\]%26lang%3Des$/],
    ['a twice URL-encoded token', 'next=%252Fcb%253Faccess_token%253Dopaque-secret-42%2526x%253D1', /access_token%253D\[redacted\]%2526x%253D1$/],
    ['a very long quoted value', `{"token":"${LONG_VALUE}","id":7}`, /^\{"token":"\[redacted\]","id":7\}$/],
    ['a very long quoted value that a line limit cut off', `{"token":"${LONG_VALUE}`.slice(0, 4_000), /^\{"token":"\[redacted\]"$/],
    ['a very long unquoted value', `password=${LONG_VALUE} next`, /^password=\[redacted\] next$/],
  ])('removes %s', (_case, input, expected) => {
    const output = redactText(input);

    expect(leaks(output)).toEqual([]);
    expect(output).toMatch(expected);
  });

  it('keeps "basic" in prose and words that merely contain a secret name', () => {
    const line = 'Basic setup done; bypass: none; passenger=2; compass: north';

    expect(redactText(line)).toBe(line);
  });

  it('keeps what support needs: ids, numbers, codes and messages', () => {
    const line = `Call 4b1d7c2e-0f3a-4e5b-9c8d-1a2b3c4d5e6f to 4:+14255550123 from ${ACS_USER} ended 490/4525 NetworkError; Invalid token (401/44111) at https://calls.contoso.example/acs/index.html`;

    expect(redactText(line)).toBe(line);
  });

  it.each([
    ['hyphenated words', 'a-'.repeat(40_000)],
    ['unclosed token fields', '"token":"'.repeat(8_000)],
    ['letters without end', 'x'.repeat(80_000)],
    ['JWT headers without end', 'eyJhbGci.'.repeat(8_000)],
  ])('stays fast on %s', (_case, input) => {
    const started = performance.now();

    redactText(input);

    expect(performance.now() - started).toBeLessThan(500);
  });

  it('leaves no marker for a secret that is not there', () => {
    expect(redactText('tokenUrl=https://calls.contoso.example/token')).toBe('tokenUrl=https://calls.contoso.example/token');
    expect(redactText('')).toBe('');
  });
});

describe('redacting secrets from data', () => {
  it('blanks secret-named fields at any depth and redacts every string', () => {
    const value = {
      rev: 3,
      credentials: { accessToken: 'opaque-secret-42', expiresOn: 1764000000 },
      headers: [{ Authorization: 'Basic opaque-secret-42' }, { cookie: 'c2VjcmV0LWNvb2tpZQ' }],
      connectionString: `endpoint=https://x/;accesskey=${ACCESS_KEY}`,
      message: `fetch ${`https://calls.contoso.example/token?access_token=${JWT}`} failed`,
      tokenUrl: 'https://calls.contoso.example/token',
      lastError: null,
    };

    const redacted = redactValue(value);

    expect(leaks(JSON.stringify(redacted))).toEqual([]);
    expect(redacted).toEqual({
      rev: 3,
      credentials: REDACTED,
      headers: [{ Authorization: REDACTED }, { cookie: REDACTED }],
      connectionString: REDACTED,
      message: 'fetch https://calls.contoso.example/token?access_token=[redacted] failed',
      tokenUrl: 'https://calls.contoso.example/token',
      lastError: null,
    });
  });

  it('does not change what it is given', () => {
    const value = { token: 'opaque-secret-42' };

    redactValue(value);

    expect(value.token).toBe('opaque-secret-42');
  });

  it('stops at a depth no report reaches instead of recursing without end', () => {
    let deep: unknown = JWT;
    for (let level = 0; level < 50; level += 1) deep = { next: deep };

    expect(JSON.stringify(redactValue(deep))).toContain('[too deep]');
    expect(leaks(JSON.stringify(redactValue(deep)))).toEqual([]);
  });
});

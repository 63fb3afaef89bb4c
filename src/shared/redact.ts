// Secrets out of diagnostics (issue 5, point 6; issue 10, point 7): tokens, JWTs, keys, passwords,
// Basic and Bearer credentials, cookies, in text and in data, whatever the quoting, URL encoding
// or length. Every repetition is bounded or cannot backtrack, so no input makes redaction slow.

export const REDACTED = '[redacted]';

/**
 * Field, parameter and header names whose value is a secret wherever they appear. Prefixes are
 * bounded so that no input makes redaction slow (ReDoS).
 */
const SECRET_NAME = String.raw`[a-z_-]{0,30}token|authorization|[a-z_]{0,30}access_?key|account_?key|(?:x-)?api[-_]?key|[a-z_]{0,30}secret|[a-z_]{0,30}private_?key|[a-z_]{0,30}session_?key|pass(?:word|phrase)?|pwd|sig|signature|credentials?|connection_?string`;
const SECRET_KEY = new RegExp(`^(?:${SECRET_NAME}|cookie|set-cookie)$`, 'i');

// A quoted value runs to its closing quote however long it is, or to the end when a line limit cut
// it off: a bound here would let the part past it through. `(?!\3).` cannot backtrack into itself.
const QUOTED_VALUE = String.raw`(\\{0,8}["'])(?:(?!\3).)*(?:\3)?`;

type Replacement = string | ((match: string, ...groups: string[]) => string);

/** Applied in order; each replacement leaves nothing a later rule would take for a secret. */
const SECRET_PATTERNS: readonly [RegExp, Replacement][] = [
  // "token": "…", also inside JSON that was itself stringified (\"token\":\"…\").
  [new RegExp(String.raw`((\\{0,8}["'])(?:${SECRET_NAME})\2\s{0,8}:\s{0,8})${QUOTED_VALUE}`, 'gi'), `$1$3${REDACTED}$3`],
  // token: "…" and password='…': an unquoted name, a quoted value (JavaScript objects, prose).
  [new RegExp(String.raw`(\b(?:${SECRET_NAME})\s{0,8}[=:]\s{0,8})()${QUOTED_VALUE}`, 'gi'), `$1$3${REDACTED}$3`],
  // URL-encoded once or twice inside another URL: token%3D…, up to the encoded '&' or ';'. The name
  // may follow an encoded '?' or '&' (%3F, %253F), where no word boundary is.
  [new RegExp(String.raw`(?:\b|(?<=%(?:25)?[0-9a-f]{2}))(${SECRET_NAME})(%(?:25)?3D)(?:(?!%(?:25)?(?:26|3B))[^\s;&,"'<>])+`, 'gi'), `$1$2${REDACTED}`],
  // Header lines: the whole value goes, whatever its scheme (Bearer, Basic, HMAC-SHA256 …, cookies).
  [/\b((?:proxy-)?authorization|cookie|set-cookie|x-api-key|api-key)(\s{0,8}:\s{0,8})[^\r\n"']+/gi, `$1$2${REDACTED}`],
  // name=value and name: value in URLs, connection strings (accesskey=…) and prose.
  [new RegExp(String.raw`\b(${SECRET_NAME})(\s{0,8}[=:]\s{0,8})(?!\[redacted\])[^\s;&,"'<>]+`, 'gi'), `$1$2${REDACTED}`],
  [/\b(bearer)\s+[\w.~+/=-]+/gi, `$1 ${REDACTED}`],
  // Basic credentials are base64 of "user:password"; "basic" in prose is followed by a plain word.
  [/\b(basic)\s+([A-Za-z0-9+/]{4,}={0,2})/gi, (match, scheme: string, value: string) => (isBasicCredential(value) ? `${scheme} ${REDACTED}` : match)],
  // A JWT (or any piece of one) starts with base64url '{"': wherever it is, in a path or a query.
  [/eyJ[\w-]{4,}(?:\.[\w-]*){0,2}/g, REDACTED],
  [/\ba=ice-pwd:\S+/gi, `a=ice-pwd:${REDACTED}`],
  // Long unbroken base64 with a digit is a key or a signature. Ids and GUIDs are broken up by '-',
  // ':' or '_'; a path starts with '/'.
  [/(?<![\w+/])(?=[A-Za-z0-9+/]*\d)[A-Za-z0-9+][A-Za-z0-9+/]{63,}={0,2}/g, REDACTED],
];

function isBasicCredential(value: string): boolean {
  try {
    return atob(value).includes(':');
  } catch {
    return false;
  }
}

/** String.replace with either kind of replacement: TypeScript's overloads take one or the other, not both. */
function replace(text: string, pattern: RegExp, replacement: Replacement): string {
  return typeof replacement === 'string' ? text.replace(pattern, replacement) : text.replace(pattern, replacement);
}

/** Removes tokens, JWTs, keys in connection strings, authorization headers and the like from text. */
export function redactText(text: string): string {
  return SECRET_PATTERNS.reduce((redacted, [pattern, replacement]) => replace(redacted, pattern, replacement), text);
}

/** A deep copy with every secret-named field blanked and every string redacted. */
export function redactValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactText(value);
  if (typeof value !== 'object' || value === null) return value;
  if (depth > 20) return '[too deep]';
  if (Array.isArray(value)) return value.map((item) => redactValue(item, depth + 1));
  const copy: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) {
    copy[key] = SECRET_KEY.test(key) && entry !== null && entry !== undefined ? REDACTED : redactValue(entry, depth + 1);
  }
  return copy;
}

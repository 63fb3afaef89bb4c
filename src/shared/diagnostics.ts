// Diagnostics for support tickets (issue 5, point 6): a bounded log that never holds a secret, and
// the report "Copy diagnostics" puts on the clipboard. Pure: the host page, the offscreen document
// and the options page each feed it what only they can see.
import * as v from 'valibot';
import { withoutCallDetails } from './call-details.ts';

/** The @azure/logger levels, least to most verbose. */
export const LOG_LEVELS = ['error', 'warning', 'info', 'verbose'] as const;
export const LogLevelSchema = v.picklist(LOG_LEVELS);
export type LogLevel = v.InferOutput<typeof LogLevelSchema>;
export const DEFAULT_LOG_LEVEL: LogLevel = 'warning';

export function shouldLog(level: LogLevel, threshold: LogLevel): boolean {
  return LOG_LEVELS.indexOf(level) <= LOG_LEVELS.indexOf(threshold);
}

/** One line is capped so that a single huge SDK dump cannot push every other line out. */
export const MAX_LINE_CHARS = 4_000;
export const DEFAULT_LOG_LIMITS = { maxEntries: 500, maxChars: 256 * 1024 };

export const LogEntrySchema = v.strictObject({
  /** Milliseconds since 1970, within what Date can show. */
  at: v.pipe(v.number(), v.minValue(0), v.maxValue(8.64e15)),
  level: LogLevelSchema,
  source: v.picklist(['sdk', 'offscreen']),
  text: v.pipe(v.string(), v.maxLength(MAX_LINE_CHARS)),
});
export type LogEntry = v.InferOutput<typeof LogEntrySchema>;

const Version = v.pipe(v.string(), v.maxLength(50));
export const SdkVersionsSchema = v.strictObject({ calling: Version, common: Version, logger: Version });
export type SdkVersions = v.InferOutput<typeof SdkVersionsSchema>;

const Dropped = v.pipe(v.number(), v.integer(), v.minValue(0));

/** What the calling host page reports: its SDK's versions and log. */
export const HostDiagnosticsSchema = v.strictObject({
  sdkVersions: SdkVersionsSchema,
  log: v.pipe(v.array(LogEntrySchema), v.maxLength(DEFAULT_LOG_LIMITS.maxEntries)),
  dropped: Dropped,
});
export type HostDiagnostics = v.InferOutput<typeof HostDiagnosticsSchema>;

/** What the session owner reports: its own log merged with the host's, or why the host's is missing. */
export const SessionDiagnosticsSchema = v.strictObject({
  sdkVersions: v.optional(SdkVersionsSchema),
  log: v.pipe(v.array(LogEntrySchema), v.maxLength(2 * DEFAULT_LOG_LIMITS.maxEntries)),
  dropped: Dropped,
  hostProblem: v.optional(v.pipe(v.string(), v.maxLength(1000))),
});
export type SessionDiagnostics = v.InferOutput<typeof SessionDiagnosticsSchema>;

/** An engine whose calling runs elsewhere and keeps its own log there (the ACS host page). */
export interface DiagnosticsSource {
  setLogLevel(level: LogLevel): void;
  getDiagnostics(): Promise<HostDiagnostics>;
}

export interface WithDiagnostics {
  readonly diagnostics: DiagnosticsSource;
}

export const REDACTED = '[redacted]';

/**
 * Field, parameter and header names whose value is a secret wherever they appear. Prefixes are
 * bounded, as is every repetition below, so that no input makes redaction slow (ReDoS).
 */
const SECRET_NAME = String.raw`[a-z_-]{0,30}token|authorization|[a-z_]{0,30}access_?key|account_?key|(?:x-)?api[-_]?key|[a-z_]{0,30}secret|[a-z_]{0,30}private_?key|[a-z_]{0,30}session_?key|pass(?:word|phrase)?|pwd|sig|signature|credentials?|connection_?string`;
const SECRET_KEY = new RegExp(`^(?:${SECRET_NAME}|cookie|set-cookie)$`, 'i');

// A quoted value runs to its closing quote however long it is, or to the end when a line limit cut
// it off: a bound here would let the part past it through. `(?!\3).` cannot backtrack into itself.
const QUOTED_VALUE = String.raw`(\\{0,8}["'])(?:(?!\3).)*(?:\3)?`;

/** Applied in order; each replacement leaves nothing a later rule would take for a secret. */
const SECRET_PATTERNS: readonly [RegExp, string | ((match: string, ...groups: string[]) => string)][] = [
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

/** Removes tokens, JWTs, keys in connection strings, authorization headers and the like from text. */
export function redactText(text: string): string {
  return SECRET_PATTERNS.reduce(
    (redacted, [pattern, replacement]) => (typeof replacement === 'string' ? redacted.replace(pattern, replacement) : redacted.replace(pattern, replacement)),
    text,
  );
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

/** The last lines logged, within a count and a size: older lines go first, and are counted. */
export class LogRing {
  private entries: LogEntry[] = [];
  private chars = 0;
  private droppedCount = 0;

  constructor(private readonly limits = DEFAULT_LOG_LIMITS) {}

  /** Redacted before it is kept, so no secret stays in memory until a report is made. */
  add(level: LogLevel, source: LogEntry['source'], text: string, at = Date.now()): void {
    const entry = { at, level, source, text: redactText(text.slice(0, 16 * MAX_LINE_CHARS)).slice(0, MAX_LINE_CHARS) };
    this.entries.push(entry);
    this.chars += entry.text.length;
    let excess = 0;
    const isOver = (): boolean => this.entries.length - excess > this.limits.maxEntries || this.chars > this.limits.maxChars;
    // The newest line always stays, even alone over the size limit (it is capped to MAX_LINE_CHARS).
    while (excess < this.entries.length - 1 && isOver()) {
      this.chars -= this.entries[excess]?.text.length ?? 0;
      excess += 1;
    }
    this.entries.splice(0, excess);
    this.droppedCount += excess;
  }

  recent(): LogEntry[] {
    return [...this.entries];
  }

  get dropped(): number {
    return this.droppedCount;
  }
}

export interface ReportInput {
  now: number;
  extensionVersion: string;
  userAgent: string;
  engine: { kind: string; callingHostUrl: string; logLevel: LogLevel };
  /** The session's diagnostics, or why they could not be had. */
  session: SessionDiagnostics | { problem: string };
  /** engineSnapshot from storage.session, as stored. */
  snapshot: unknown;
  /** The agent ticked "include call details": numbers and names stay in (shared/call-details.ts). */
  includeCallDetails: boolean;
}

interface ReportLog {
  log: LogEntry[];
  dropped: number;
  sdkVersions?: SdkVersions;
  problems: string[];
}

function reportLog(session: ReportInput['session']): ReportLog {
  if ('problem' in session) return { log: [], dropped: 0, problems: [session.problem] };
  const { log, dropped, sdkVersions, hostProblem } = session;
  return { log, dropped, sdkVersions, problems: hostProblem ? [hostProblem] : [] };
}

/**
 * The text "Copy diagnostics" copies: JSON, with every secret redacted, the oldest log line first,
 * and call details only when the agent asked for them.
 */
export function diagnosticsReport({ now, extensionVersion, userAgent, engine, session, snapshot, includeCallDetails }: ReportInput): string {
  const { log, dropped, sdkVersions, problems } = reportLog(session);
  const report = {
    generatedAt: new Date(now).toISOString(),
    extensionVersion,
    userAgent,
    engine,
    sdkVersions: sdkVersions ?? null,
    snapshot: snapshot ?? null,
    problems,
    droppedLogLines: dropped,
    callDetails: includeCallDetails ? 'included' : 'removed',
    log: [...log].sort((a, b) => a.at - b.at).map((entry) => ({ ...entry, at: new Date(entry.at).toISOString() })),
  };
  return JSON.stringify(redactValue(includeCallDetails ? report : withoutCallDetails(report, snapshot)), null, 2);
}

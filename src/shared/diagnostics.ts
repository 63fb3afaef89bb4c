// Diagnostics for support tickets (issue 5, point 6): a bounded log that never holds a secret, and
// the report "Copy diagnostics" puts on the clipboard. Pure: the host page, the offscreen document
// and the options page each feed it what only they can see.
import * as v from 'valibot';
import { withoutCallDetails } from './call-details.ts';
import { redactText, redactValue } from './redact.ts';

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

// The session owner's part of "Copy diagnostics" (issue 5, point 6): its own recent events, and the
// host page's SDK log fetched over the bridge, in the same bounded, redacted form.
import type { EngineError, EngineSnapshot } from '../shared/engine.ts';
import {
  DEFAULT_LOG_LEVEL,
  LogRing,
  shouldLog,
  type DiagnosticsSource,
  type HostDiagnostics,
  type LogLevel,
  type SessionDiagnostics,
  type WithDiagnostics,
} from '../shared/diagnostics.ts';
import type { ReplyError } from '../shared/protocol.ts';
import type { Settings } from '../shared/settings.ts';
import type { HostRequests } from './bridge/bridge-client.ts';

/** The host page's log. A new host page logs at the default level until it is told the chosen one. */
export class BridgedDiagnostics implements DiagnosticsSource {
  private level?: LogLevel;

  /** `hostReady` waits for a host page that is still loading. */
  constructor(
    private readonly host: HostRequests,
    private readonly hostReady: () => Promise<void>,
  ) {}

  setLogLevel(level: LogLevel): void {
    if (level === this.level) return;
    this.level = level;
    if (this.host.isUp) this.send(level);
  }

  async getDiagnostics(): Promise<HostDiagnostics> {
    await this.hostReady();
    return this.host.request({ method: 'getDiagnostics' });
  }

  hostConnected(): void {
    if (this.level) this.send(this.level);
  }

  /** A host page older than this request refuses it, and keeps logging at its default: no harm. */
  private send(level: LogLevel): void {
    this.host.request({ method: 'setLogLevel', level }).catch(() => undefined);
  }
}

function describeError({ origin, code, subCode, message }: EngineError): string {
  return `${origin} error ${code}${subCode === undefined ? '' : `/${subCode}`}: ${message}`;
}

export class OffscreenLog {
  private level: LogLevel = DEFAULT_LOG_LEVEL;
  private seen?: { engine: string; connection: string; errorAt?: number };

  constructor(private readonly ring = new LogRing()) {}

  note(level: LogLevel, text: string): void {
    if (shouldLog(level, this.level)) this.ring.add(level, 'offscreen', text);
  }

  /** Connection changes (a lost or reconnected host page among them) and engine errors, as snapshots tell them. */
  observe({ engine, connection, connectionReason, lastError }: EngineSnapshot): void {
    const before = this.seen;
    if (before?.engine !== engine || before.connection !== connection) {
      const troubled = connection === 'failed' || connection === 'disconnected';
      this.note(troubled ? 'warning' : 'info', `${engine} engine ${connection}${connectionReason ? ` (${connectionReason})` : ''}`);
    }
    if (lastError && lastError.at !== before?.errorAt) this.note('error', describeError(lastError));
    this.seen = { engine, connection, errorAt: lastError?.at };
  }

  commandFailed(command: string, { message, code }: ReplyError): void {
    this.note('warning', `${command} refused${code === undefined ? '' : ` (${code})`}: ${message}`);
  }

  /** Call with each engine the session starts and each change of settings. */
  follow(engine: Partial<WithDiagnostics>, settings: Settings): void {
    this.level = settings.logLevel;
    engine.diagnostics?.setLogLevel(settings.logLevel);
  }

  /** Ours, with the host's when the engine has a host: a host that does not answer is reported, not fatal. */
  async collect(engine: Partial<WithDiagnostics>): Promise<SessionDiagnostics> {
    const own = { log: this.ring.recent(), dropped: this.ring.dropped };
    if (!engine.diagnostics) return own;
    try {
      const host = await engine.diagnostics.getDiagnostics();
      return { sdkVersions: host.sdkVersions, log: [...own.log, ...host.log], dropped: own.dropped + host.dropped };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { ...own, hostProblem: `The calling host gave no diagnostics: ${reason}`.slice(0, 1000) };
    }
  }
}

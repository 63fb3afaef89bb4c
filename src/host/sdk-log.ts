// The SDK's log, kept for "Copy diagnostics" (issue 5, point 6). The calling SDK logs through the
// shared @azure/logger: its lines all end in AzureLogger.log, and setLogLevel decides which are made.
// They go to a bounded, redacted buffer in this page instead of the console.
import type { AzureClientLogger, AzureLogLevel } from '@azure/logger';
import { version as callingVersion } from '@azure/communication-calling/package.json';
import { version as commonVersion } from '@azure/communication-common/package.json';
import { version as loggerVersion } from '@azure/logger/package.json';
import { DEFAULT_LOG_LEVEL, LOG_LEVELS, LogRing, type HostDiagnostics, type LogLevel, type SdkVersions } from '../shared/diagnostics.ts';

/** The versions bundled into this page, which is what support needs, whatever the extension expects. */
export const SDK_VERSIONS: SdkVersions = { calling: callingVersion, common: commonVersion, logger: loggerVersion };

/** The parts of the @azure/logger module used here. */
export interface LoggerControl {
  readonly AzureLogger: Pick<AzureClientLogger, 'log'>;
  setLogLevel(level?: AzureLogLevel): void;
}

/** What the bridge serves: the level the options page chose, and the report. */
export interface HostLog {
  setLevel(level: LogLevel): void;
  report(): HostDiagnostics;
}

/** @azure/logger starts each line with its namespace, e.g. "azure:ACS-calling:warning …". */
const NAMESPACE_LEVEL = new RegExp(`^azure:\\S*:(${LOG_LEVELS.join('|')})\\b`);

function levelOf(first: unknown): LogLevel {
  const level = typeof first === 'string' ? NAMESPACE_LEVEL.exec(first)?.[1] : undefined;
  return LOG_LEVELS.find((known) => known === level) ?? 'info';
}

function formatArg(arg: unknown): string {
  if (typeof arg === 'string') return arg;
  if (arg instanceof Error) return `${arg.name}: ${arg.message}`;
  try {
    return JSON.stringify(arg) ?? String(arg);
  } catch {
    // Circular structures and BigInts: their own text is still better than nothing.
    return String(arg);
  }
}

/** Sends every SDK log line into a bounded buffer, at the default level until the extension sets one. */
export function captureSdkLog(logger: LoggerControl, versions: SdkVersions = SDK_VERSIONS, ring = new LogRing()): HostLog {
  logger.AzureLogger.log = (...args: unknown[]) => ring.add(levelOf(args[0]), 'sdk', args.map(formatArg).join(' '));
  logger.setLogLevel(DEFAULT_LOG_LEVEL);
  return {
    setLevel: (level) => logger.setLogLevel(level),
    report: () => ({ sdkVersions: versions, log: ring.recent(), dropped: ring.dropped }),
  };
}

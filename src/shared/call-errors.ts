// Error codes the engines report, and what each means for the agent. The codes are the SDK's
// where it has one (notes/acs-sdk.md §3, §7); the views turn a kind into words (i18n key error_<kind>).
import type { ErrorCode } from './engine.ts';

export const ERR = {
  /** Transfer attempted while the call was not on LocalHold: the SDK fails it at once with {code: 0}. */
  notOnHold: { code: 0, subCode: 0 },
  holdFailed: { code: 500, subCode: 41033 },
  notOneToOne: { code: 400, subCode: 46051 },
  unknownTarget: { code: 400, subCode: 46052 },
  invalidTargetType: { code: 400, subCode: 46053 },
  transferFailed: { code: 500, subCode: 46050 },
  declined: { code: 603, subCode: 0 },
  noAnswer: { code: 480, subCode: 0 },
  transferTimeout: { code: 408, subCode: 0 },
  networkError: { code: 490, subCode: 4525 },
  invalidToken: { code: 401, subCode: 44111 },
  disconnected: { code: 503, subCode: 0 },
  notFound: { code: 404, subCode: 0 },
  badState: { code: 409, subCode: 0 },
} as const satisfies Record<string, ErrorCode>;

/** The lastError of an engine whose calling host page stopped answering; the bridge reloads it. */
export const HOST_UNREACHABLE = 'Calling host unreachable';

export type ErrorKind = keyof typeof ERR | 'unexpected';

/** The kind of an error code, for explaining it; unknown codes are 'unexpected' (shown with the code). */
export function classifyError(error: ErrorCode): ErrorKind {
  for (const [kind, known] of Object.entries(ERR) as [keyof typeof ERR, ErrorCode][]) {
    if (known.code === error.code && (known.subCode ?? 0) === (error.subCode ?? 0)) return kind;
  }
  return 'unexpected';
}

/** "603/0": how a code is quoted to support. */
export function formatErrorCode(error: ErrorCode): string {
  return `${error.code}/${error.subCode ?? 0}`;
}

// Error codes the engine reports, and what each means for the agent. The codes are the SDK's and
// the service's (docs/acs-sdk.md §11); the engine's own are the HTTP-like ones below. An error
// is explained by its reason when the engine knows one, else by code and subCode, else by code
// alone; the views turn a kind into words (i18n key error_<kind>).
import type { ErrorCode, ErrorReason } from './engine.ts';

/** Codes the engine itself gives, and SDK codes it names. */
export const ERR = {
  holdFailed: { code: 500, subCode: 41033 },
  notOneToOne: { code: 400, subCode: 46051 },
  unknownTarget: { code: 400, subCode: 46052 },
  invalidTargetType: { code: 400, subCode: 46053 },
  transferFailed: { code: 500, subCode: 46050 },
  transferTimeout: { code: 408, subCode: 0 },
  invalidToken: { code: 401, subCode: 44111 },
  disconnected: { code: 503, subCode: 0 },
  notFound: { code: 404, subCode: 0 },
  badState: { code: 409, subCode: 0 },
} as const satisfies Record<string, ErrorCode>;

/** A code, or (without subCode) every code with that number, and what it means. */
interface CodeMeaning {
  code: number;
  subCode?: number;
  kind: CodeKind;
}

/** The lastError of an engine whose calling host page stopped answering; the bridge reloads it. */
export const HOST_UNREACHABLE = 'Calling host unreachable';

/** Most specific first: a code with its subCode wins over the code alone. */
const CODE_MEANINGS = [
  { code: 500, subCode: 41033, kind: 'holdFailed' },
  { code: 400, subCode: 46051, kind: 'notOneToOne' },
  { code: 400, subCode: 46052, kind: 'unknownTarget' },
  { code: 400, subCode: 46053, kind: 'invalidTargetType' },
  { code: 500, subCode: 46050, kind: 'transferFailed' },
  { code: 490, subCode: 4525, kind: 'networkError' },
  { code: 0, subCode: 0, kind: 'refusedAtOnce' },
  { code: 480, subCode: 10037, kind: 'targetNotFound' },
  { code: 487, subCode: 10004, kind: 'noAnswer' },
  { code: 0, kind: 'alreadyEnded' },
  { code: 404, subCode: 0, kind: 'notFound' },
  { code: 401, kind: 'invalidToken' },
  { code: 403, kind: 'forbidden' },
  { code: 404, kind: 'targetNotFound' },
  { code: 408, kind: 'transferTimeout' },
  { code: 409, kind: 'badState' },
  { code: 480, kind: 'noAnswer' },
  { code: 486, kind: 'busy' },
  { code: 487, kind: 'cancelled' },
  { code: 490, kind: 'networkError' },
  { code: 503, kind: 'disconnected' },
  { code: 603, kind: 'declined' },
] as const satisfies readonly CodeMeaning[];

type CodeKind =
  | 'holdFailed'
  | 'notOneToOne'
  | 'unknownTarget'
  | 'invalidTargetType'
  | 'transferFailed'
  | 'networkError'
  | 'refusedAtOnce'
  | 'alreadyEnded'
  | 'invalidToken'
  | 'forbidden'
  | 'targetNotFound'
  | 'notFound'
  | 'transferTimeout'
  | 'badState'
  | 'noAnswer'
  | 'busy'
  | 'cancelled'
  | 'disconnected'
  | 'declined';

export type ErrorKind = CodeKind | ErrorReason | 'unexpected';

/** Every kind, for the locale completeness tests. */
export const ERROR_KINDS: readonly ErrorKind[] = [
  ...new Set<ErrorKind>(CODE_MEANINGS.map((meaning) => meaning.kind)),
  'notOnHold',
  'consultCallGone',
  'noCode',
  'callEnded',
  'dropped',
  'noOutcome',
  'unexpected',
];

/** The kind of an error, for explaining it; unknown codes are 'unexpected' (shown with the code). */
export function classifyError(error: ErrorCode): ErrorKind {
  if (error.reason) return error.reason;
  const subCode = error.subCode ?? 0;
  const exact = CODE_MEANINGS.find((meaning) => 'subCode' in meaning && meaning.code === error.code && meaning.subCode === subCode);
  const byCode = CODE_MEANINGS.find((meaning) => !('subCode' in meaning) && meaning.code === error.code);
  return (exact ?? byCode)?.kind ?? 'unexpected';
}

/** "603/0": how a code is quoted to support. */
export function formatErrorCode(error: ErrorCode): string {
  return `${error.code}/${error.subCode ?? 0}`;
}

const DENIAL = /NotAllowedError|permission (denied|dismissed)|microphone[^.]*\b(denied|blocked|not allowed)/i;

/**
 * Whether an engine error says the microphone was refused: Chromium's getUserMedia wording
 * ("Permission denied", "Permission dismissed", "Permission denied by system") or a message that
 * names the microphone as denied or blocked.
 */
export function isMicrophoneDenial(error: { message: string } | undefined): boolean {
  return error !== undefined && DENIAL.test(error.message);
}

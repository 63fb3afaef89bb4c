// Turning whatever the SDK throws or rejects with into the engine's plain error data. SDK errors are
// CallingCommunicationError objects with code/subCode (docs/acs-sdk.md §11); anything else is ours.
import * as v from 'valibot';
import { EngineFailure, type EngineError, type ErrorCode } from '../shared/engine.ts';

const SdkErrorSchema = v.object({
  code: v.pipe(v.number(), v.integer()),
  subCode: v.optional(v.pipe(v.number(), v.integer())),
});

/** The code/subCode an error carries, if it carries one. */
export function errorCodeOf(error: unknown): ErrorCode | undefined {
  const parsed = v.safeParse(SdkErrorSchema, error);
  if (!parsed.success) return undefined;
  const { code, subCode } = parsed.output;
  return subCode === undefined ? { code } : { code, subCode };
}

export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : 'Unknown error';
}

/** `fallback` is the code to report when the error carries none. */
export function toEngineError(error: unknown, fallback: ErrorCode, at: number): EngineError {
  const carried = errorCodeOf(error);
  const origin = error instanceof EngineFailure || carried === undefined ? 'engine' : 'sdk';
  return { ...(carried ?? fallback), message: messageOf(error).slice(0, 1000), origin, at };
}

export function toFailure(error: EngineError): EngineFailure {
  return new EngineFailure(error.message, error.code, error.subCode);
}

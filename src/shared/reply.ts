// What every command answers, on every channel: a value, or an error the views can explain.
import * as v from 'valibot';

/** The steps of the session's sequences (src/offscreen/sequences.ts), named in a failed reply. */
export const SEQUENCE_STEPS = ['hold', 'accept', 'resume', 'startCall', 'hangUp', 'transfer'] as const;
export type SequenceStep = (typeof SEQUENCE_STEPS)[number];

export const ReplyErrorSchema = v.object({
  message: v.string(),
  code: v.optional(v.number()),
  subCode: v.optional(v.number()),
  /** In a sequence: the step that failed, and whether what it had changed was put back. */
  step: v.optional(v.picklist(SEQUENCE_STEPS)),
  restored: v.optional(v.boolean()),
});
export type ReplyError = v.InferOutput<typeof ReplyErrorSchema>;

export type Reply<T = unknown> = { ok: true; value: T } | { ok: false; error: ReplyError };

export function ok<T>(value: T): Reply<T> {
  return { ok: true, value };
}

export function fail(message: string, code?: number, subCode?: number, sequence?: Pick<ReplyError, 'step' | 'restored'>): Reply<never> {
  const codes = { ...(code === undefined ? {} : { code }), ...(subCode === undefined ? {} : { subCode }) };
  return { ok: false, error: { message, ...codes, ...sequence } };
}

/** A reply whose value must parse as `value`: what a receiver checks before it believes an answer. */
export function replySchema<S extends v.GenericSchema>(value: S) {
  return v.variant('ok', [v.object({ ok: v.literal(true), value }), v.object({ ok: v.literal(false), error: ReplyErrorSchema })]);
}

/** Any reply, its value unread: for the hops that pass a reply on as it came. */
export const ReplySchema = replySchema(v.unknown());

export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => `${issue.path?.map((p) => String(p.key)).join('.') || 'message'}: ${issue.message}`)
    .join('; ');
}

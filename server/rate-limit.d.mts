// Types of rate-limit.mjs for TypeScript callers (the tests).
export interface RateLimit {
  burst: number;
  perMinute: number;
}

export const DEFAULT_RATE_LIMIT: RateLimit;

export type Admission = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export function tokenBuckets(limit: RateLimit, now: () => number): (client: string) => Admission;

// @ts-check
// A token bucket per client for POST /token: each token costs a call to Azure, so a client that
// loops (a bug, or anyone who reached the server) is slowed to the refill rate instead of minting
// without end. A page asks for a token when it starts and when one nears expiry (about hourly).

/**
 * @typedef {object} RateLimit
 * @property {number} burst requests a client may make at once
 * @property {number} perMinute requests a client regains each minute
 */

/** @type {RateLimit} */
export const DEFAULT_RATE_LIMIT = { burst: 10, perMinute: 10 };

// Buckets that have filled up again are forgotten once this many clients are known.
const FORGET_FULL_AFTER = 1000;

/**
 * @param {RateLimit} limit
 * @param {() => number} now milliseconds
 * @returns {(client: string) => { allowed: true } | { allowed: false; retryAfterSeconds: number }}
 */
export function tokenBuckets({ burst, perMinute }, now) {
  /** @type {Map<string, { tokens: number; at: number }>} */
  const buckets = new Map();
  const perMs = perMinute / 60_000;
  const level = (/** @type {{ tokens: number; at: number }} */ bucket, /** @type {number} */ time) => Math.min(burst, bucket.tokens + (time - bucket.at) * perMs);
  return (client) => {
    const time = now();
    if (buckets.size >= FORGET_FULL_AFTER) {
      for (const [key, bucket] of buckets) if (level(bucket, time) >= burst) buckets.delete(key);
    }
    const bucket = buckets.get(client) ?? { tokens: burst, at: time };
    const tokens = level(bucket, time);
    if (tokens < 1) {
      buckets.set(client, { tokens, at: time });
      return { allowed: false, retryAfterSeconds: Math.ceil((1 - tokens) / perMs / 1000) };
    }
    buckets.set(client, { tokens: tokens - 1, at: time });
    return { allowed: true };
  };
}

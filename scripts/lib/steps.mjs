// A readable log for scripted walk-throughs: one line per step with its duration, so a person
// watching `npm run demo` (or reading a CI log) sees how far it got and how long each part took.

/** How long any single wait in a step may take before the step fails. */
export const STEP_TIMEOUT_MS = 30_000;

/** A step failed; the message reads "✖ title (duration): reason", the original error is the cause. */
export class StepFailure extends Error {
  /**
   * @param {string} title
   * @param {number} elapsedMs
   * @param {unknown} cause
   */
  constructor(title, elapsedMs, cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`✖ ${title} (${formatDuration(elapsedMs)}): ${reason}`, { cause });
    this.name = 'StepFailure';
  }
}

/**
 * Runs one step and prints "✔ title (120 ms)"; a failure becomes a StepFailure for the caller to
 * print. Printing it here would also print steps abandoned on purpose (after Ctrl+C, say). The
 * step's own waits carry the timeouts (STEP_TIMEOUT_MS), which keeps their specific messages
 * instead of a generic "timed out".
 * @template T
 * @param {string} title what the step achieves, e.g. "control injected beside +44 20 7946 0958"
 * @param {() => Promise<T>} action
 * @param {{ detail?: (value: T) => string | undefined }} [options] detail adds facts learnt in the
 *   step to its line, e.g. who the caller is
 * @returns {Promise<T>} what action resolved with
 */
export async function step(title, action, { detail } = {}) {
  const started = performance.now();
  let value;
  try {
    value = await action();
  } catch (error) {
    throw new StepFailure(title, performance.now() - started, error);
  }
  const extra = detail?.(value);
  console.log(`✔ ${title}${extra ? ` — ${extra}` : ''} (${formatDuration(performance.now() - started)})`);
  return value;
}

/**
 * Prints a warning about something that did not stop the walk-through.
 * @param {string} message
 */
export function warn(message) {
  console.warn(`  ⚠ ${message}`);
}

/**
 * @param {number} ms
 * @returns {string} "120 ms" below a second, "3.1 s" above
 */
export function formatDuration(ms) {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

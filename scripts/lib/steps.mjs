// A readable log for scripted walk-throughs: one line per step with its duration, so a person
// watching `npm run demo` (or reading a CI log) sees how far it got and how long each part took.

/** How long any single wait in a step may take before the step fails. */
export const STEP_TIMEOUT_MS = 30_000;

/** A step failed; its line has been printed already, the original error is the cause. */
export class StepFailure extends Error {
  /**
   * @param {string} title
   * @param {unknown} cause
   */
  constructor(title, cause) {
    super(`${title}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'StepFailure';
    this.title = title;
  }
}

/**
 * Runs one step and prints "✔ title (120 ms)", or "✖ title (30.0 s): reason" before rethrowing
 * as a StepFailure. The step's own waits carry the timeouts (STEP_TIMEOUT_MS), which keeps their
 * specific messages instead of a generic "timed out".
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
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`✖ ${title} (${formatDuration(performance.now() - started)}): ${reason}`);
    throw new StepFailure(title, error);
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

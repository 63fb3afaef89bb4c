// A manual clock for the simulated engine: deterministic tests that run in milliseconds.
import type { Clock } from '../../../src/engine/clock.ts';

export const T0 = Date.UTC(2026, 10, 25, 9, 0, 0);

/** Manual time: timers run only inside advance(), in due order, each followed by every promise it unblocks. */
export class FakeClock implements Clock {
  #now = T0;
  #lastHandle = 0;
  readonly #timers = new Map<number, { at: number; fn: () => void }>();

  now(): number {
    return this.#now;
  }

  setTimeout(fn: () => void, ms: number): number {
    this.#lastHandle += 1;
    this.#timers.set(this.#lastHandle, { at: this.#now + ms, fn });
    return this.#lastHandle;
  }

  clearTimeout(handle: number): void {
    this.#timers.delete(handle);
  }

  get pending(): number {
    return this.#timers.size;
  }

  async advance(ms: number): Promise<void> {
    const end = this.#now + ms;
    await settle();
    for (let due = this.#nextDue(end); due; due = this.#nextDue(end)) {
      this.#timers.delete(due.handle);
      this.#now = due.at;
      due.fn();
      await settle();
    }
    this.#now = end;
  }

  #nextDue(end: number): { handle: number; at: number; fn: () => void } | undefined {
    let next: { handle: number; at: number; fn: () => void } | undefined;
    for (const [handle, timer] of this.#timers) {
      if (timer.at <= end && (!next || timer.at < next.at)) next = { handle, ...timer };
    }
    return next;
  }
}

/**
 * A few real macrotasks: by then every promise chain the last timer unblocked has run, including
 * those that wait on zero-delay real timers (the engine tests' instant world).
 */
async function settle(): Promise<void> {
  for (let round = 0; round < 10; round += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}

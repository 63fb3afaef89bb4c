// Time for the simulated engine: an injectable clock (tests pass a fake one) and the scaled,
// cancellable waits every simulated delay goes through, so dispose() can stop them all.

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Real time. Globals are looked up per call, so vi.useFakeTimers() also governs an engine built without a clock. */
export const realClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout(handle: ReturnType<typeof globalThis.setTimeout>) {
    globalThis.clearTimeout(handle);
  },
};

export class Timers {
  readonly #clock: Clock;
  readonly #scale: number;
  /** Pending waits by clock handle, with the way to reject each when cancelled. */
  readonly #pending = new Map<unknown, (reason: Error) => void>();

  constructor(clock: Clock, timeScale: number) {
    if (!Number.isFinite(timeScale) || timeScale < 0) throw new RangeError(`timeScale must be ≥ 0, got ${timeScale}`);
    this.#clock = clock;
    this.#scale = timeScale;
  }

  now(): number {
    return this.#clock.now();
  }

  /** Resolves after `ms` × timeScale; rejects with the reason given to cancelAll() if that comes first. */
  wait(ms: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const handle = this.#clock.setTimeout(() => {
        this.#pending.delete(handle);
        resolve();
      }, ms * this.#scale);
      this.#pending.set(handle, reject);
    });
  }

  cancelAll(reason: Error): void {
    for (const [handle, reject] of this.#pending) {
      this.#clock.clearTimeout(handle);
      reject(reason);
    }
    this.#pending.clear();
  }
}

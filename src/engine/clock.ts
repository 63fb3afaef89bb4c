// Time for the engine and the simulated SDK: an injectable clock (tests pass a manual one) and
// scaled, cancellable timers, so a disposed engine or world leaves nothing running.

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Real time. Globals are looked up per call, so vi.useFakeTimers() also governs code built on it. */
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
  /** Pending timers by clock handle, with what to do if they are cancelled. */
  readonly #pending = new Map<unknown, (reason: Error) => void>();

  constructor(clock: Clock, timeScale = 1) {
    if (!Number.isFinite(timeScale) || timeScale < 0) throw new RangeError(`timeScale must be ≥ 0, got ${timeScale}`);
    this.#clock = clock;
    this.#scale = timeScale;
  }

  now(): number {
    return this.#clock.now();
  }

  /** Runs `fn` after `ms` × timeScale; returns a function that cancels it. */
  after(ms: number, fn: () => void): () => void {
    const handle = this.#clock.setTimeout(() => {
      this.#pending.delete(handle);
      fn();
    }, ms * this.#scale);
    this.#pending.set(handle, () => undefined);
    return () => {
      this.#clock.clearTimeout(handle);
      this.#pending.delete(handle);
    };
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

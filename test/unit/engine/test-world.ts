// The simulated SDK's world as the engine tests configure it: every simulated delay zero, so the
// service answers as soon as the engine lets it, while the engine's own timers (retries, the
// transfer watchdog) wait for the test to move the manual clock. Tests set targets' outcomes,
// failing accepts, or replace parts of the SDK.
import type { Clock } from '../../../src/engine/clock.ts';
import type { CallingSdk } from '../../../src/engine/sdk-port.ts';
import { simulatedSdk } from '../../../src/engine/sim/sdk.ts';
import { SimWorld } from '../../../src/engine/sim/world.ts';
import { FakeClock } from './manual-clock.ts';

/** Zero-delay timers run on their own, on real macrotasks; the rest wait for `manual.advance()`. */
class InstantClock implements Clock {
  constructor(readonly manual: FakeClock) {}

  now(): number {
    return this.manual.now();
  }

  setTimeout(fn: () => void, ms: number): unknown {
    return ms === 0 ? { real: globalThis.setTimeout(fn, 0) } : this.manual.setTimeout(fn, ms);
  }

  clearTimeout(handle: unknown): void {
    if (typeof handle === 'number') this.manual.clearTimeout(handle);
    else if (isRealHandle(handle)) globalThis.clearTimeout(handle.real);
  }
}

function isRealHandle(handle: unknown): handle is { real: ReturnType<typeof globalThis.setTimeout> } {
  return typeof handle === 'object' && handle !== null && 'real' in handle;
}

export class TestWorld extends SimWorld {
  /** Give it to the engine too: its timers then wait for `clock.advance()`. */
  readonly clock: InstantClock;
  readonly sdk: CallingSdk;

  constructor() {
    const clock = new InstantClock(new FakeClock());
    super({ clock, timeScale: 0 });
    this.clock = clock;
    this.sdk = simulatedSdk(this);
  }

  /** Lets the service's answers, and the engine's reactions to them, run a few rounds deep. */
  async settle(): Promise<void> {
    for (let round = 0; round < 20; round += 1) await new Promise((resolve) => setTimeout(resolve, 0));
  }

  /** Moves the engine's time on: retries, watchdogs. */
  async advance(ms: number): Promise<void> {
    await this.settle();
    await this.clock.manual.advance(ms);
    await this.settle();
  }
}

/** A world whose every delay is zero, on real timers: for tests that wait with vi.waitFor. */
export class InstantWorld extends SimWorld {
  readonly sdk: CallingSdk;

  constructor() {
    super({ timeScale: 0 });
    this.sdk = simulatedSdk(this);
  }

  /** Lets the zero-delay timers and the promise chains they start run, a few rounds deep. */
  async settle(): Promise<void> {
    for (let round = 0; round < 20; round += 1) await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

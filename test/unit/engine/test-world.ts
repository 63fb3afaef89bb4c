// The simulated SDK's world on a manual clock, as the engine tests configure it: targets' outcomes,
// failing accepts, an SDK whose parts a test may replace. settle() lets simulated time run.
import type { CallingSdk } from '../../../src/engine/sdk-port.ts';
import { simulatedSdk } from '../../../src/engine/sim/sdk.ts';
import { SimWorld } from '../../../src/engine/sim/world.ts';
import { FakeClock } from './manual-clock.ts';

/** Longer than any answer, decline or hold takes; shorter than a missed call (30 s). */
const SETTLE_MS = 20_000;

export class TestWorld extends SimWorld {
  readonly clock: FakeClock;
  readonly sdk: CallingSdk;

  constructor(clock = new FakeClock()) {
    super({ clock });
    this.clock = clock;
    this.sdk = simulatedSdk(this);
  }

  /** Runs what the world and the engine have scheduled, for up to `ms` of simulated time. */
  settle(ms = SETTLE_MS): Promise<void> {
    return this.clock.advance(ms);
  }
}

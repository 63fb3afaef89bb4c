import { transferUs } from '../../../src/engine/sim/scripted.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { callIn, COLLEAGUE, CUSTOMER, disposeFixtures, onCustomerCall } from './engine-fixture.ts';

afterEach(disposeFixtures);

describe('AcsCallEngine as transferee', () => {
  it('picks up a call transferred to us, because it touched the Transfer feature at once (docs/acs-sdk.md §9)', async () => {
    const { world, engine, call } = await onCustomerCall();

    const transferred = transferUs(world.agent, call, { rawId: COLLEAGUE });

    expect(transferred).toBeDefined();
    expect(callIn(engine.getSnapshot(), transferred?.id ?? '')).toMatchObject({
      state: 'Connected',
      remote: [{ rawId: COLLEAGUE }],
      transferredBy: { rawId: CUSTOMER },
    });
  });

  it('ignores transfers on calls of a disposed engine: it silences listeners instead of calling the broken off() (docs/acs-sdk.md §9)', async () => {
    const { world, engine, call } = await onCustomerCall();
    await engine.dispose();
    const rev = engine.getSnapshot().rev;

    transferUs(world.agent, call, { rawId: COLLEAGUE });

    expect(engine.getSnapshot().rev).toBe(rev);
  });
});

// The SDK level on its own: what TransferCallFeature.transfer() does with the call it is given
// (notes/acs-sdk.md §0.3, §3), before the engine adds its hold and follow-up.
import { describe, expect, it } from 'vitest';
import { ERR } from '../../../src/shared/call-errors.ts';
import type { CallStatus, PartySnapshot } from '../../../src/shared/engine.ts';
import { addCall } from '../../../src/offscreen/sim/call-model.ts';
import { Timers } from '../../../src/offscreen/sim/clock.ts';
import { DEFAULT_SCENARIO } from '../../../src/offscreen/sim/scenario.ts';
import { sendTransfer, type SimTransfer } from '../../../src/offscreen/sim/sdk-transfer.ts';
import { SimWorld } from '../../../src/offscreen/sim/world.ts';
import { ANSWERS, COLLEAGUE, CUSTOMER, FakeClock, TIMINGS, UNKNOWN } from './harness.ts';

function world() {
  const clock = new FakeClock();
  return { clock, world: new SimWorld(DEFAULT_SCENARIO, new Timers(clock, 1), 0) };
}

function callIn(sim: SimWorld, state: CallStatus, remote: PartySnapshot[] = [CUSTOMER]) {
  return addCall(sim, { id: sim.nextId('call'), direction: 'Incoming', state, remote });
}

/** The states a Transfer reports through stateChanged. */
function changesOf(transfer: SimTransfer): string[] {
  const seen: string[] = [];
  transfer.on('stateChanged', () => seen.push(transfer.state));
  return seen;
}

describe('SDK transfer', () => {
  const notHeld: CallStatus[] = ['Connected', 'Connecting', 'Disconnected'];

  it.each(notHeld)('on a %s call is Failed {0, 0} at once and never changes', async (state) => {
    const { clock, world: sim } = world();
    const call = callIn(sim, state);

    const transfer = sendTransfer(sim, call, { mode: 'participant', target: ANSWERS });
    const changes = changesOf(transfer);
    await clock.advance(TIMINGS.transferTimeout * 2);

    expect({ state: transfer.state, error: transfer.error }).toEqual({ state: 'Failed', error: { code: 0, subCode: 0 } });
    expect(changes).toEqual([]);
    expect(call.snap.state).toBe(state);
  });

  it('on a held call is Transferring at once, then fires stateChanged with the outcome', async () => {
    const { clock, world: sim } = world();
    const transfer = sendTransfer(sim, callIn(sim, 'LocalHold'), { mode: 'participant', target: ANSWERS });
    const changes = changesOf(transfer);
    expect(transfer.state).toBe('Transferring');

    await clock.advance(TIMINGS.transferRinging);

    expect(changes).toEqual(['Transferred']);
    expect(transfer.error).toBeUndefined();
  });

  it('throws 400/46051 synchronously for a call with two remote participants', () => {
    const { world: sim } = world();
    const call = callIn(sim, 'LocalHold', [CUSTOMER, COLLEAGUE]);

    expect(() => sendTransfer(sim, call, { mode: 'participant', target: ANSWERS })).toThrow(
      expect.objectContaining(ERR.notOneToOne),
    );
  });

  it('throws 400/46052 synchronously for a target the service does not know', () => {
    const { world: sim } = world();
    const call = callIn(sim, 'LocalHold');

    expect(() => sendTransfer(sim, call, { mode: 'participant', target: UNKNOWN })).toThrow(
      expect.objectContaining(ERR.unknownTarget),
    );
  });

  it('to a call id that is not a live call is Failed {0, 0} at once', () => {
    const { world: sim } = world();
    const call = callIn(sim, 'LocalHold');

    const toUnknown = sendTransfer(sim, call, { mode: 'call', target: 'call-404' });
    const toItself = sendTransfer(sim, call, { mode: 'call', target: call.snap.id });

    expect([toUnknown.state, toItself.state]).toEqual(['Failed', 'Failed']);
    expect([toUnknown.error, toItself.error]).toEqual([ERR.notOnHold, ERR.notOnHold]);
  });
});

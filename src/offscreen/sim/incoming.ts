// Incoming calls: ringing in snapshot.incoming until accepted, rejected, or missed.
import type { IncomingSnapshot, PartySnapshot } from '../../shared/engine.ts';
import { ERR } from '../../shared/call-errors.ts';
import type { SimCall } from './call-book.ts';
import { addCall, moveTo, stateOf } from './call-model.ts';
import type { SimWorld } from './world.ts';

/** A call rings in; `transferredBy` is set when a colleague transfers a customer to us. */
export function ringIn(world: SimWorld, caller: PartySnapshot, transferredBy?: PartySnapshot): IncomingSnapshot {
  const entry: IncomingSnapshot = {
    id: world.nextId('call'),
    caller: { ...caller },
    ...(transferredBy ? { transferredBy: { ...transferredBy } } : {}),
    receivedAt: world.now(),
  };
  world.agent.incoming.push(entry);
  world.publish();
  world.spawn(missUnanswered(world, entry.id));
  return entry;
}

/** Accepts a ringing call: it becomes a call under the same id, Connecting and then Connected. */
export function acceptIncoming(world: SimWorld, incomingId: string): SimCall {
  const entry = take(world, incomingId);
  if (!entry) throw world.failure(ERR.notFound, 'engine', 'That incoming call is no longer ringing.');
  const call = addCall(world, {
    id: entry.id,
    direction: 'Incoming',
    state: 'Connecting',
    remote: [entry.caller],
    ...(entry.transferredBy ? { transferredBy: entry.transferredBy } : {}),
  });
  world.spawn(connectAccepted(world, call));
  return call;
}

export function rejectIncoming(world: SimWorld, incomingId: string): void {
  if (!take(world, incomingId)) throw world.failure(ERR.notFound, 'engine', 'That incoming call is no longer ringing.');
  world.publish();
}

async function connectAccepted(world: SimWorld, call: SimCall): Promise<void> {
  await world.wait(world.scenario.timings.callConnect);
  if (stateOf(call) === 'Connecting') moveTo(world, call, 'Connected');
}

async function missUnanswered(world: SimWorld, incomingId: string): Promise<void> {
  await world.wait(world.scenario.timings.incomingTimeout);
  if (take(world, incomingId)) world.publish();
}

function take(world: SimWorld, incomingId: string): IncomingSnapshot | undefined {
  const index = world.agent.incoming.findIndex((entry) => entry.id === incomingId);
  return index < 0 ? undefined : world.agent.incoming.splice(index, 1)[0];
}

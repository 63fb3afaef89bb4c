// Outgoing calls: None → Connecting → Ringing → Connected (or ended by the callee's rule), with
// the SDK's id change on the way.
import type { ErrorCode, RawId } from '../../shared/engine.ts';
import { ERR } from '../../shared/call-errors.ts';
import type { SimCall } from './call-book.ts';
import { addCall, endCall, moveTo, stateOf } from './call-model.ts';
import { partyFor, setupTimeout, targetOutcome, type TargetOutcome } from './scenario.ts';
import type { SimWorld } from './world.ts';

export type Targets = [RawId, ...RawId[]];

const END_REASONS: Record<Exclude<TargetOutcome, 'answer'>, ErrorCode> = {
  decline: ERR.declined,
  noAnswer: ERR.noAnswer,
  unknown: ERR.unknownTarget,
};

/**
 * Starts a call and returns it at once under its provisional id, as the SDK's startCall returns
 * the Call synchronously; the final id arrives at Connected (idChanged, notes/acs-sdk.md §12).
 * With several targets the first one's rule decides how the call goes.
 */
export function placeCall(world: SimWorld, targets: Targets): SimCall {
  const remote = targets.map((rawId) => partyFor(world.scenario, rawId));
  const call = addCall(world, { id: world.nextId('local'), direction: 'Outgoing', state: 'None', remote });
  // The SDK returns the call in None and moves it to Connecting straight away (notes §7).
  moveTo(world, call, 'Connecting');
  world.spawn(ringOut(world, call, targets[0]));
  return call;
}

async function ringOut(world: SimWorld, call: SimCall, callee: RawId): Promise<void> {
  const outcome = targetOutcome(world.scenario, callee);
  await world.wait(world.scenario.timings.callConnect);
  if (stateOf(call) !== 'Connecting') return;
  // The service refuses an unknown callee before anything rings.
  if (outcome === 'unknown') return endCall(world, call, END_REASONS.unknown);
  moveTo(world, call, 'Ringing');
  await world.wait(ringTime(world, outcome, callee));
  if (stateOf(call) !== 'Ringing') return;
  if (outcome !== 'answer') return endCall(world, call, END_REASONS[outcome]);
  world.calls.changeId(call, world.nextId('call'));
  moveTo(world, call, 'Connected');
}

function ringTime(world: SimWorld, outcome: Exclude<TargetOutcome, 'unknown'>, callee: RawId): number {
  switch (outcome) {
    case 'answer':
      return world.scenario.timings.ringing;
    case 'decline':
      return world.scenario.timings.decline;
    case 'noAnswer':
      return setupTimeout(world.scenario, callee);
  }
}

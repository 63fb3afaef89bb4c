// Call lifecycle in the simulated SDK: adding calls, hold and resume, hanging up, ending.
// Each state change is its own published revision (DESIGN.md, snapshot contract).
import { isLive, type CallSnapshot, type CallStatus, type ErrorCode, type PartySnapshot } from '../../shared/engine.ts';
import { ERR } from '../../shared/call-errors.ts';
import type { SimCall } from './call-book.ts';
import type { SimWorld } from './world.ts';

/** How a call ends when a party simply hangs up. */
export const ENDED_NORMALLY: ErrorCode = { code: 0, subCode: 0 };

export interface NewCall {
  id: string;
  direction: CallSnapshot['direction'];
  state: CallStatus;
  remote: PartySnapshot[];
  transferredBy?: PartySnapshot;
}

export function addCall(world: SimWorld, init: NewCall): SimCall {
  const { transferredBy, ...fields } = init;
  const startedAt = world.now();
  const snap: CallSnapshot = { ...fields, isMuted: false, startedAt, ...(transferredBy ? { transferredBy } : {}) };
  if (init.state === 'Connected') snap.connectedAt = startedAt;
  const call = world.calls.add(snap);
  world.publish();
  return call;
}

/** The state now. Use it after an await: time has passed, but TypeScript keeps the narrowing from before. */
export function stateOf(call: SimCall): CallStatus {
  return call.snap.state;
}

export function moveTo(world: SimWorld, call: SimCall, state: CallStatus): void {
  call.snap.state = state;
  if (state === 'Connected') call.snap.connectedAt ??= world.now();
  world.publish();
}

/** The demo: a customer already talking to the agent. */
export function addDemoCall(world: SimWorld): SimCall {
  const remote = [{ ...world.scenario.demoCustomer }];
  return addCall(world, { id: world.nextId('call'), direction: 'Incoming', state: 'Connected', remote });
}

export async function holdCall(world: SimWorld, call: SimCall): Promise<void> {
  // The SDK holds only a Connected call; anything else rejects with 500/41033 (notes/acs-sdk.md §3).
  if (call.snap.state !== 'Connected') throw world.failure(ERR.holdFailed, 'sdk');
  await world.wait(world.scenario.timings.hold);
  if (stateOf(call) === 'LocalHold') return;
  if (stateOf(call) !== 'Connected') throw world.failure(ERR.holdFailed, 'sdk');
  moveTo(world, call, 'LocalHold');
}

export async function resumeCall(world: SimWorld, call: SimCall): Promise<void> {
  if (call.snap.state !== 'LocalHold') throw world.failure(ERR.badState, 'engine', 'The call is not on hold.');
  await world.wait(world.scenario.timings.resume);
  if (stateOf(call) === 'Connected') return;
  if (stateOf(call) !== 'LocalHold') throw world.failure(ERR.badState, 'engine', 'The call ended before it was resumed.');
  moveTo(world, call, 'Connected');
}

export function setMuted(world: SimWorld, call: SimCall, muted: boolean): void {
  if (call.snap.isMuted === muted) return;
  call.snap.isMuted = muted;
  world.publish();
}

export async function hangUpCall(world: SimWorld, call: SimCall): Promise<void> {
  if (call.snap.state === 'Disconnecting') return;
  moveTo(world, call, 'Disconnecting');
  failTransferUnderWay(call);
  await world.wait(world.scenario.timings.hangUp);
  if (finish(call, ENDED_NORMALLY, world.now())) world.publish();
}

/** The call ends at once: the remote side left, the callee declined, or the service replaced it. */
export function endCall(world: SimWorld, call: SimCall, reason: ErrorCode): void {
  if (!finish(call, reason, world.now())) return;
  world.publish();
  failTransferUnderWay(call);
}

/** Removes an ended call from view (DESIGN.md: ended calls stay until dismissed). */
export function dismissCall(world: SimWorld, callId: string): void {
  const call = world.calls.find(callId);
  if (!call) throw world.failure(ERR.notFound, 'engine');
  if (isLive(call.snap)) throw world.failure(ERR.badState, 'engine', 'Only an ended call can be dismissed.');
  world.calls.remove(call);
  world.publish();
}

/** dispose(): the agent and its calls go together, in the one last revision. */
export function endAllQuietly(world: SimWorld): void {
  for (const call of world.calls.live()) finish(call, ENDED_NORMALLY, world.now());
}

/** Returns false when the call had already ended. */
function finish(call: SimCall, reason: ErrorCode, at: number): boolean {
  if (!isLive(call.snap)) return false;
  call.snap.state = 'Disconnected';
  call.snap.endedAt = at;
  call.snap.endReason = { ...reason };
  return true;
}

/** With the transferor's call gone, the transfer cannot complete. */
function failTransferUnderWay(call: SimCall): void {
  call.sdkTransfer?.settle('Failed', ERR.transferFailed);
}

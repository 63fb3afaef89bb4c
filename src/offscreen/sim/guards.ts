// Preconditions of engine commands. Each refusal is recorded in lastError before it is thrown,
// so the views can say why a command did nothing.
import { isLive } from '../../shared/engine.ts';
import { ERR } from '../../shared/call-errors.ts';
import type { SimCall } from './call-book.ts';
import type { SimWorld } from './world.ts';

export function requireOpen(world: SimWorld): void {
  if (world.agent.connection === 'disposed') throw world.failure(ERR.disconnected, 'engine', 'The engine has been disposed.');
}

/** New calls and transfers need the service; hold, mute and hang-up work on calls we already have. */
export function requireConnected(world: SimWorld): void {
  requireOpen(world);
  if (world.agent.connection !== 'connected') throw world.failure(ERR.disconnected, 'engine');
}

export function liveCall(world: SimWorld, callId: string): SimCall {
  requireOpen(world);
  const call = world.calls.find(callId);
  if (!call || !isLive(call.snap)) throw world.failure(ERR.notFound, 'engine');
  return call;
}

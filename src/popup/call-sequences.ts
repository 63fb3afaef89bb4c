// Actions made of several commands, which must go one after the other: the second only once
// the engine has done the first, and not at all if the first failed.
import type { CallSnapshot } from '../shared/engine.ts';
import type { EngineCommand, Reply } from '../shared/protocol.ts';
import type { ConsultPair } from './consult.ts';
import type { Send } from './send.ts';

/**
 * Sends `next` once `active` is on hold, so the agent never talks on two calls at once. The hold
 * goes first and alone: if it fails, nothing else changes.
 */
export async function holdThen(send: Send, active: CallSnapshot | undefined, next: EngineCommand): Promise<Reply> {
  if (active?.state === 'Connected') {
    const held = await send({ type: 'hold', callId: active.id });
    if (!held.ok) return held;
  }
  return send(next);
}

/** Swaps which call of the pair is on hold. */
export function switchPair(send: Send, { original, consult }: ConsultPair): Promise<Reply> {
  const [held, active] = consult.state === 'LocalHold' ? [consult, original] : [original, consult];
  return holdThen(send, active, { type: 'resume', callId: held.id });
}

/** Hangs up the consult call, then takes the original off hold (the engine does not, by design). */
export async function cancelConsult(send: Send, { original, consult }: ConsultPair): Promise<Reply> {
  const hungUp = await send({ type: 'hangUp', callId: consult.id });
  if (!hungUp.ok || original.state !== 'LocalHold') return hungUp;
  return send({ type: 'resume', callId: original.id });
}

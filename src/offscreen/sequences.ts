// Actions of several engine steps, run here in the session owner so that no view has to finish
// them: a popup closed half-way can never leave a customer on hold (docs/design.md, Sequences).
// The agent talks on one call at a time, so a call is held before another is taken up. When a
// step fails, what the sequence had already changed is put back as far as it can be, and the
// failure names the step and whether that worked.
import { ERR } from '../shared/call-errors.ts';
import { canComplete, findConsult, type ConsultPair } from '../shared/consult.ts';
import { EngineFailure, type CallEngine, type TransferSnapshot } from '../shared/engine.ts';
import type { SequenceStep } from '../shared/protocol.ts';

export class SequenceFailure extends EngineFailure {
  constructor(
    readonly step: SequenceStep,
    readonly restored: boolean,
    cause: EngineFailure,
  ) {
    const undo = restored ? 'what it had changed was put back' : 'what it had changed could not all be put back';
    super(`${step} failed (${cause.message}); ${undo}.`, cause.code, cause.subCode);
    this.name = 'SequenceFailure';
  }
}

function asFailure(error: unknown): EngineFailure {
  return error instanceof EngineFailure ? error : new EngineFailure(error instanceof Error ? error.message : String(error), 500);
}

/** Takes held calls off hold again; true when every one of them is. */
async function resumeAll(engine: CallEngine, callIds: readonly string[]): Promise<boolean> {
  const results = await Promise.allSettled(callIds.map((callId) => engine.resume(callId)));
  return results.every((result) => result.status === 'fulfilled');
}

/** Runs `step`; if it fails, resumes the calls held for it and throws a SequenceFailure. */
async function stepOrRestore<T>(engine: CallEngine, step: SequenceStep, held: readonly string[], run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw new SequenceFailure(step, await resumeAll(engine, held), asFailure(error));
  }
}

/** Holds every call the agent is talking on except `keep`; returns the ones it held. */
async function holdTalking(engine: CallEngine, keep?: string): Promise<string[]> {
  const talking = engine.getSnapshot().calls.filter((call) => call.state === 'Connected' && call.id !== keep);
  const held: string[] = [];
  for (const call of talking) {
    await stepOrRestore(engine, 'hold', held, () => engine.hold(call.id));
    held.push(call.id);
  }
  return held;
}

/** Answers a ringing call with the current one on hold; a failed accept gives the held call back. */
export async function acceptHolding(engine: CallEngine, incomingId: string): Promise<string> {
  const held = await holdTalking(engine);
  return stepOrRestore(engine, 'accept', held, () => engine.accept(incomingId));
}

/** Takes up a held call, holding the one the agent is on; if it cannot be resumed, the other comes back. */
export async function switchTo(engine: CallEngine, callId: string): Promise<void> {
  const held = await holdTalking(engine, callId);
  await stepOrRestore(engine, 'resume', held, () => engine.resume(callId));
}

/** Holds the call and rings the target; if the consult call cannot start, the customer is taken off hold. */
export async function consult(engine: CallEngine, callId: string, start: () => Promise<string>): Promise<string> {
  const call = engine.getSnapshot().calls.find((c) => c.id === callId);
  if (!call) throw new EngineFailure(`No call ${callId}.`, ERR.notFound.code);
  const held = call.state === 'LocalHold' ? [] : [callId];
  if (held.length > 0) await stepOrRestore(engine, 'hold', [], () => engine.hold(callId));
  return stepOrRestore(engine, 'startCall', held, start);
}

/** The consult pair the command names, as the snapshot has it now; anything else is refused unchanged. */
export function namedPair(engine: CallEngine, callId: string, consultCallId: string): ConsultPair {
  const pair = findConsult(engine.getSnapshot());
  if (pair?.original.id === callId && pair.consult.id === consultCallId) return pair;
  throw new EngineFailure('Those two calls are not a consultation any more.', ERR.badState.code);
}

/**
 * Ends the consult call and gives the agent back to the customer. If the consult call cannot be
 * hung up, nothing else changes: taking the customer off hold then would put the agent on two calls.
 */
export async function cancelConsult(engine: CallEngine, { original, consult: consultCall }: ConsultPair): Promise<void> {
  await stepOrRestore(engine, 'hangUp', [], () => engine.hangUp(consultCall.id));
  const current = engine.getSnapshot().calls.find((call) => call.id === original.id);
  if (current?.state !== 'LocalHold') return;
  // The consult call is gone for good: a failed resume leaves the customer held, and says so.
  await engine.resume(original.id).catch((error: unknown) => {
    throw new SequenceFailure('resume', false, asFailure(error));
  });
}

/**
 * Transfers the original into the consult call. The engine holds nothing here (the original is
 * held already), so a refusal leaves both calls as they were: the agent stays with the target.
 */
export async function completeConsult(engine: CallEngine, pair: ConsultPair, hangUpOnSuccess: boolean): Promise<TransferSnapshot> {
  if (!canComplete(pair)) throw new EngineFailure('The consult call has not been answered yet.', ERR.badState.code);
  const request = { callId: pair.original.id, mode: 'call' as const, target: pair.consult.id, hangUpOnSuccess };
  const transfer = await stepOrRestore(engine, 'transfer', [], () => engine.transfer(request));
  if (transfer.state !== 'Failed') return transfer;
  const { code, subCode } = transfer.error ?? ERR.transferFailed;
  throw new SequenceFailure('transfer', true, new EngineFailure('The transfer was refused.', code, subCode));
}

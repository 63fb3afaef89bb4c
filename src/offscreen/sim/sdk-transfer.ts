// The SDK's half of a transfer: TransferCallFeature.transfer() and the Transfer object it returns,
// with the service deciding the outcome. Kept apart from the engine's transfer() so that the engine
// has to do what the real adapter does: hold first, read the state at once, then follow it
// (notes/acs-sdk.md §0.3, §3, §12).
import { isLive, type ErrorCode, type TransferRequest, type TransferStatus } from '../../shared/engine.ts';
import { ERR } from '../../shared/call-errors.ts';
import { isValidRawId } from '../../shared/raw-id.ts';
import type { SimCall } from './call-book.ts';
import { ENDED_NORMALLY, endCall } from './call-model.ts';
import { failureOf } from './failures.ts';
import { targetOutcome } from './scenario.ts';
import type { SimWorld } from './world.ts';

export type TransferTarget = Pick<TransferRequest, 'mode' | 'target'>;

/** The SDK's Transfer (`state`, `error`, a payload-less `stateChanged`), shaped so the engine reads like the adapter. */
export class SimTransfer {
  #state: TransferStatus;
  #error: ErrorCode | undefined;
  readonly #listeners: (() => void)[] = [];

  constructor(state: TransferStatus, error?: ErrorCode) {
    this.#state = state;
    this.#error = error;
  }

  get state(): TransferStatus {
    return this.#state;
  }

  get error(): ErrorCode | undefined {
    return this.#error;
  }

  on(_event: 'stateChanged', listener: () => void): void {
    this.#listeners.push(listener);
  }

  /** The service's verdict. Only a transfer under way changes; one Failed from the start never fires. */
  settle(state: 'Transferred' | 'Failed', error?: ErrorCode): void {
    if (this.#state !== 'Transferring') return;
    this.#state = state;
    this.#error = error;
    for (const listener of this.#listeners) listener();
  }
}

/**
 * TransferCallFeature.transfer(). Throws an EngineFailure synchronously for a call that is not 1:1
 * (400/46051) or a target the service does not know (400/46052), like the SDK (notes §0.6, §3).
 */
export function sendTransfer(world: SimWorld, call: SimCall, target: TransferTarget): SimTransfer {
  if (call.snap.remote.length !== 1) throw failureOf(ERR.notOneToOne);
  if (target.mode === 'participant' && !isKnownTarget(world, target.target)) throw failureOf(ERR.unknownTarget);
  const consult = target.mode === 'call' ? world.calls.find(target.target) : undefined;
  const consultMissing = target.mode === 'call' && !(consult && consult !== call && isLive(consult.snap));
  if (call.snap.state !== 'LocalHold' || consultMissing) {
    // The SDK sets this in the Transfer constructor, so no stateChanged ever reports it (notes §0.3).
    return new SimTransfer('Failed', ERR.notOnHold);
  }
  const transfer = new SimTransfer('Transferring');
  call.sdkTransfer = transfer;
  world.spawn(decide(world, transfer, target, consult));
  return transfer;
}

function isKnownTarget(world: SimWorld, rawId: string): boolean {
  return isValidRawId(rawId) && targetOutcome(world.scenario, rawId) !== 'unknown';
}

interface Verdict {
  after: number;
  state: 'Transferred' | 'Failed';
  error?: ErrorCode;
}

async function decide(world: SimWorld, transfer: SimTransfer, target: TransferTarget, consult?: SimCall): Promise<void> {
  const verdict = verdictFor(world, target);
  await world.wait(verdict.after);
  if (consult && !isLive(consult.snap)) return transfer.settle('Failed', ERR.transferFailed);
  transfer.settle(verdict.state, verdict.error);
  // In a consultative transfer the service replaces the consult call with the transferred one.
  if (consult && transfer.state === 'Transferred') endCall(world, consult, ENDED_NORMALLY);
}

function verdictFor(world: SimWorld, target: TransferTarget): Verdict {
  const timings = world.scenario.timings;
  if (target.mode === 'voicemail') return { after: timings.voicemailAnswer, state: 'Transferred' };
  if (target.mode === 'call') return { after: timings.consultReplace, state: 'Transferred' };
  const outcome = targetOutcome(world.scenario, target.target);
  if (outcome === 'decline') return { after: timings.decline, state: 'Failed', error: ERR.declined };
  if (outcome === 'noAnswer') return { after: timings.transferTimeout, state: 'Failed', error: ERR.transferTimeout };
  // 'unknown' never gets here: sendTransfer has thrown 46052 for it.
  return { after: timings.transferRinging, state: 'Transferred' };
}

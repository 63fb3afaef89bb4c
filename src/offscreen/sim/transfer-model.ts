// The engine's transfer(): what the real adapter does around the SDK's transfer (notes/acs-sdk.md
// §12). Check what can be checked without touching the call, hold it if it is not held, send, read
// the Transfer's state at once, follow it, then hang up after success or resume after failure.
import {
  EngineFailure,
  isLive,
  type EngineError,
  type ErrorCode,
  type TransferRequest,
  type TransferSnapshot,
  type TransferStatus,
} from '../../shared/engine.ts';
import { ERR } from '../../shared/call-errors.ts';
import { canReceiveVoicemail, isValidRawId } from '../../shared/raw-id.ts';
import type { SimCall } from './call-book.ts';
import { hangUpCall, holdCall, resumeCall, stateOf } from './call-model.ts';
import { sendTransfer, type SimTransfer } from './sdk-transfer.ts';
import type { SimWorld } from './world.ts';
import { deepFreeze } from '../../shared/plain-data.ts';

interface Attempt {
  call: SimCall;
  op: TransferSnapshot;
  heldByUs: boolean;
  hangUpOnSuccess: boolean;
}

export class Transferor {
  readonly #world: SimWorld;
  /** Calls with a transfer between request and outcome, hold step included. */
  readonly #busy = new Set<SimCall>();

  constructor(world: SimWorld) {
    this.#world = world;
  }

  async transfer(request: TransferRequest): Promise<TransferSnapshot> {
    const call = this.#world.calls.find(request.callId);
    const op = this.#newOp(request, call?.snap.id ?? request.callId);
    // Nothing to attach these to: the call is gone, or its transfer under way must stay in view.
    if (!call || !isLive(call.snap)) return this.#refuse(op, ERR.notFound, 'There is no such call to transfer.');
    if (this.#busy.has(call)) return this.#refuse(op, ERR.badState, 'A transfer is already under way on this call.');
    const attempt = { call, op, heldByUs: false, hangUpOnSuccess: request.hangUpOnSuccess ?? true };
    const refusal = this.#precheck(call, request);
    if (refusal) return this.#record(attempt, 'Failed', refusal, 'engine');
    this.#busy.add(call);
    // The last outcome leaves view with the next revision (the hold's): this attempt supersedes it.
    delete call.snap.transfer;
    try {
      await this.#holdAndSend(attempt, request);
    } catch (error) {
      if (!(error instanceof EngineFailure)) throw error;
      this.#fail(attempt, { code: error.code, subCode: error.subCode ?? 0 });
    }
    return frozenCopy(op);
  }

  /** What the adapter can see without touching the call; the call stays as it is. */
  #precheck(call: SimCall, request: TransferRequest): ErrorCode | undefined {
    if (this.#world.agent.connection !== 'connected') return ERR.disconnected;
    if (request.mode === 'voicemail' && !canReceiveVoicemail(request.target)) return ERR.invalidTargetType;
    if (request.mode === 'participant' && !isValidRawId(request.target)) return ERR.unknownTarget;
    // The SDK would throw 46051 only at send time, after our hold; the participant count is visible now.
    if (call.snap.remote.length !== 1) return ERR.notOneToOne;
    return undefined;
  }

  async #holdAndSend(attempt: Attempt, request: TransferRequest): Promise<void> {
    if (attempt.call.snap.state !== 'LocalHold') {
      await holdCall(this.#world, attempt.call);
      attempt.heldByUs = true;
    }
    const transfer = sendTransfer(this.#world, attempt.call, request);
    transfer.on('stateChanged', () => this.#follow(attempt, transfer));
    // A transfer refused at once is already Failed and never fires stateChanged (notes §0.3).
    this.#follow(attempt, transfer);
  }

  #follow(attempt: Attempt, transfer: SimTransfer): void {
    if (transfer.state === 'Failed') return this.#fail(attempt, transfer.error ?? ERR.transferFailed);
    this.#record(attempt, transfer.state, undefined, 'sdk');
    if (transfer.state !== 'Transferred') return;
    this.#busy.delete(attempt.call);
    // The SDK leaves the original leg up after Transferred; the transferor hangs it up (notes §3).
    if (attempt.hangUpOnSuccess && isLive(attempt.call.snap)) this.#world.spawn(hangUpCall(this.#world, attempt.call));
  }

  #fail(attempt: Attempt, error: ErrorCode): void {
    this.#record(attempt, 'Failed', error, 'sdk');
    this.#busy.delete(attempt.call);
    // Resume only a hold we made: a call the agent held stays held (notes §3).
    if (attempt.heldByUs && stateOf(attempt.call) === 'LocalHold') this.#world.spawn(resumeCall(this.#world, attempt.call));
  }

  #record(
    attempt: Attempt,
    state: TransferStatus,
    error: ErrorCode | undefined,
    origin: EngineError['origin'],
  ): TransferSnapshot {
    const { op, call } = attempt;
    op.state = state;
    op.updatedAt = this.#world.now();
    if (error) op.error = { code: error.code, subCode: error.subCode ?? 0 };
    call.snap.transfer = op;
    if (error) this.#world.recordError(error, origin);
    this.#world.publish();
    return frozenCopy(op);
  }

  #refuse(op: TransferSnapshot, error: ErrorCode, message: string): TransferSnapshot {
    this.#world.failure(error, 'engine', message);
    return frozenCopy({ ...op, state: 'Failed', error: { ...error } });
  }

  #newOp(request: TransferRequest, callId: string): TransferSnapshot {
    const now = this.#world.now();
    const { mode, target } = request;
    return { opId: this.#world.nextId('transfer'), callId, mode, target, state: 'None', startedAt: now, updatedAt: now };
  }
}

function frozenCopy(op: TransferSnapshot): TransferSnapshot {
  return deepFreeze(structuredClone(op));
}

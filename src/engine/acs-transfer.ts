// One transfer, done the way the SDK needs it (docs/acs-sdk.md, "Transfer"): publish the request at
// once, refuse what can be refused before touching the call (not 1:1, voicemail to a non-Teams user),
// hold and confirm LocalHold, send, read the state at once (it may already be Failed {0, 0}), follow
// it, then hang up after Transferred or resume after Failed. Every run settles: also when the call
// ends under it, when the SDK drops the transfer back to None, and after a watchdog. Never rejects:
// the outcome is in the TransferSnapshot, published on the call at every step.
import type { Transfer } from '@azure/communication-calling';
import { ERR } from '../shared/call-errors.ts';
import {
  isLive,
  isTransferUnderWay,
  type EngineError,
  type ErrorCode,
  type ErrorReason,
  type TransferRequest,
  type TransferSnapshot,
  type TransferStatus,
} from '../shared/engine.ts';
import { deepFreeze, definedOnly } from '../shared/plain-data.ts';
import { isValidRawId } from '../shared/raw-id.ts';
import type { Timers } from './clock.ts';
import type { CallRecord } from './call-projection.ts';
import { toEngineError } from './sdk-errors.ts';
import type { CallingSdk, SdkCall } from './sdk-port.ts';
import { resolveTransferTarget, type TransferSend } from './targets.ts';

/**
 * The service times a transfer out after 60 s and the SDK's own timer fails it with 408 after 90 s
 * (docs/acs-sdk.md §8); past this the engine stops waiting for a verdict that will not come.
 */
export const TRANSFER_WATCHDOG_MS = 100_000;
/** How long hold() may take to show as LocalHold after it resolved. */
export const HOLD_CONFIRM_MS = 5_000;

export interface TransferHooks {
  readonly sdk: CallingSdk;
  readonly timers: Timers;
  isConnected(): boolean;
  /** The call's id now, given any id it has had. */
  currentCallId(callId: string): string;
  /** Whether a call with this id (any it has had) is live: a consult target. */
  isLiveCall(callId: string): boolean;
  /** Stores the transfer on its call, sets lastError when given, and publishes. */
  update(record: CallRecord, transfer: TransferSnapshot, error?: EngineError): void;
  /** Sets lastError and publishes. */
  report(error: EngineError): void;
}

type Refusal = ErrorCode & { message: string };

export class TransferRun {
  private current: TransferSnapshot;
  private heldByUs = false;
  private settled = false;
  private sawTransferring = false;
  private stopWatchdog = (): void => undefined;

  constructor(
    private readonly hooks: TransferHooks,
    private readonly record: CallRecord | undefined,
    private readonly request: TransferRequest,
  ) {
    const now = hooks.timers.now();
    const { mode, target } = request;
    const callId = record?.snapshot.id ?? request.callId;
    this.current = { opId: crypto.randomUUID(), callId, mode, target, state: 'None', startedAt: now, updatedAt: now };
  }

  async run(): Promise<TransferSnapshot> {
    const { record } = this;
    // Without a call, or with a transfer under way on it, there is nothing to attach the outcome to.
    if (!record || !isLive(record.snapshot)) return this.refuse({ ...ERR.notFound, message: 'There is no such call to transfer.' });
    if (isTransferUnderWay(record.transfer)) return this.refuse({ ...ERR.badState, message: 'A transfer of this call is already under way.' });
    const refusal = this.precheck(record);
    if (refusal) return this.fail(engineError(refusal));
    const resolved = resolveTransferTarget(this.hooks.sdk, this.request, this.hooks.currentCallId(this.request.target));
    if ('refusal' in resolved) return this.fail(engineError(resolved.refusal));
    // Requested: in view before the hold, which may take a while on a real service.
    this.update('None');
    try {
      await this.holdFirst(record.call);
    } catch (error) {
      return this.fail(toEngineError(error, ERR.holdFailed, this.hooks.timers.now()));
    }
    if (!isUp(record.call)) return this.fail(this.callEnded(record.call));
    return this.send(record.call, resolved.send);
  }

  /** What can be refused without touching the call. */
  private precheck(record: CallRecord): Refusal | undefined {
    if (!this.hooks.isConnected()) return { ...ERR.disconnected, message: 'Not connected to ACS.' };
    // The SDK would throw 46051 only when sending, after our hold had already blipped the call.
    if (record.call.remoteParticipants.length !== 1) {
      return { ...ERR.notOneToOne, message: 'Only one-to-one calls can be transferred.' };
    }
    // The SDK would throw 46052 for it only when sending, after the hold.
    if (this.request.mode !== 'call' && !isValidRawId(this.request.target)) {
      return { ...ERR.unknownTarget, message: `${this.request.target} is not a phone number, ACS user or Teams id.` };
    }
    return undefined;
  }

  /** The SDK only transfers from LocalHold; hold() may resolve before the state shows it. */
  private async holdFirst(call: SdkCall): Promise<void> {
    if (call.state === 'LocalHold') return;
    await call.hold();
    this.heldByUs = true;
    if (stateOf(call) === 'Connected') await this.confirmHeld(call);
  }

  private confirmHeld(call: SdkCall): Promise<void> {
    return new Promise((resolve, reject) => {
      let waiting = true;
      const stop = this.hooks.timers.after(HOLD_CONFIRM_MS, () => {
        waiting = false;
        reject(Object.assign(new Error('The call did not go on hold.'), ERR.holdFailed));
      });
      call.on('stateChanged', () => {
        if (!waiting || call.state !== 'LocalHold') return;
        waiting = false;
        stop();
        resolve();
      });
    });
  }

  private send(call: SdkCall, send: TransferSend): TransferSnapshot {
    let transfer: Transfer;
    try {
      transfer = send(call.feature(this.hooks.sdk.Features.Transfer));
    } catch (error) {
      // 400/46052 (a target the SDK cannot convert) and 400/46051 are thrown synchronously.
      return this.fail(toEngineError(error, ERR.transferFailed, this.hooks.timers.now()));
    }
    // Listening before reading: a view may end the call from within the revision that shows Transferring.
    // The Transfer has a working off(), but guards are simpler than pairing listeners.
    transfer.on('stateChanged', () => this.sync(call, transfer));
    call.on('stateChanged', () => this.callChanged(call));
    this.stopWatchdog = this.hooks.timers.after(TRANSFER_WATCHDOG_MS, () =>
      this.fail(this.failure({ ...ERR.transferTimeout, reason: 'noOutcome' }, 'The calling service gave no outcome for the transfer.')),
    );
    this.sync(call, transfer);
    this.callChanged(call);
    return this.current;
  }

  private sync(call: SdkCall, transfer: Transfer): void {
    if (this.settled) return;
    switch (transfer.state) {
      case 'Failed':
        return void this.fail(this.sdkFailure(call, transfer));
      case 'None':
        // After Transferring, None means the SDK dropped the transfer (its call ended, or the service reset it).
        if (this.sawTransferring) this.fail(this.failure({ ...ERR.transferFailed, reason: 'dropped' }, 'The calling service dropped the transfer.'));
        return;
      case 'Transferring':
        this.sawTransferring = true;
        return this.update('Transferring');
      case 'Transferred':
        this.update('Transferred');
        return this.finishTransferred(call);
    }
  }

  /** The call ended under the transfer: nothing can complete it any more. */
  private callChanged(call: SdkCall): void {
    if (!this.settled && call.state === 'Disconnected') this.fail(this.callEnded(call));
  }

  private callEnded(call: SdkCall): EngineError {
    const ended = call.callEndReason;
    const code = ended ? definedOnly({ code: ended.code, subCode: ended.subCode }) : ERR.transferFailed;
    return this.failure({ ...code, reason: 'callEnded' }, 'The call ended before the transfer completed.');
  }

  /** {0, 0} says only "refused at once": the reason is what the engine can see. */
  private sdkFailure(call: SdkCall, transfer: Transfer): EngineError {
    const error = transfer.error;
    if (!error) return this.failure({ ...ERR.transferFailed, reason: 'noCode' }, 'The transfer failed without a code.');
    const code = definedOnly({ code: error.code, subCode: error.subCode });
    if (code.code !== 0 || (code.subCode ?? 0) !== 0) return { ...this.failure(code, `The transfer to ${this.request.target} failed.`), origin: 'sdk' };
    return this.failure({ ...code, reason: refusalReason(call, this.request, this.hooks) }, 'The calling service refused the transfer at once.');
  }

  /** The SDK does not drop the original leg: the transferor hangs up, unless the service already has. */
  private finishTransferred(call: SdkCall): void {
    this.settle();
    if (!(this.request.hangUpOnSuccess ?? true) || !isUp(call)) return;
    call.hangUp().catch((error: unknown) => {
      // The service may end the leg itself meanwhile; that race is no failure.
      if (isUp(call)) this.hooks.report(toEngineError(error, ERR.badState, this.hooks.timers.now()));
    });
  }

  /** Resumes only a hold we made, on a call still held: a call the agent held stays held. */
  private fail(error: EngineError): TransferSnapshot {
    if (this.settled) return this.current;
    this.settle();
    this.update('Failed', error);
    const call = this.record?.call;
    if (call && this.heldByUs && call.state === 'LocalHold') {
      call.resume().catch((resumeError: unknown) => this.hooks.report(toEngineError(resumeError, ERR.badState, this.hooks.timers.now())));
    }
    return this.current;
  }

  private settle(): void {
    this.settled = true;
    this.stopWatchdog();
  }

  private refuse(refusal: Refusal): TransferSnapshot {
    this.hooks.report(engineError(refusal));
    return deepFreeze({ ...this.current, state: 'Failed', error: errorCodeOf(refusal) });
  }

  private failure(code: ErrorCode, message: string): EngineError {
    return { ...code, message, origin: 'engine', at: this.hooks.timers.now() };
  }

  /** A failure's code goes on the transfer and its message into lastError, in one revision. */
  private update(state: TransferStatus, failure?: EngineError): void {
    const error = failure && errorCodeOf(failure);
    this.current = deepFreeze(definedOnly({ ...this.current, state, error, updatedAt: this.hooks.timers.now() }));
    if (this.record) this.hooks.update(this.record, this.current, failure);
  }
}

function refusalReason(call: SdkCall, request: TransferRequest, hooks: TransferHooks): ErrorReason {
  if (call.state !== 'LocalHold') return 'notOnHold';
  if (request.mode === 'call' && !hooks.isLiveCall(request.target)) return 'consultCallGone';
  return 'noCode';
}

/** The state now: after an await, TypeScript still holds on to the narrowing from before. */
function stateOf(call: SdkCall): SdkCall['state'] {
  return call.state;
}

function isUp(call: SdkCall): boolean {
  return call.state !== 'Disconnected' && call.state !== 'Disconnecting';
}

function errorCodeOf({ code, subCode, reason }: ErrorCode): ErrorCode {
  return definedOnly({ code, subCode, reason });
}

function engineError(refusal: Refusal): EngineError {
  return { ...refusal, origin: 'engine', at: Date.now() };
}

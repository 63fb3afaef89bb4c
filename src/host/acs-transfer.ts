// One transfer, done the way the SDK needs it (notes/acs-sdk.md §3): check what can be checked
// before touching the call, hold, send, read the state at once (it may already be Failed {0}),
// follow stateChanged, then hang up after Transferred or resume after Failed. Never rejects: the
// outcome is in the TransferSnapshot, published on the call at every step.
import type { Transfer } from '@azure/communication-calling';
import { ERR } from '../shared/call-errors.ts';
import {
  isLive,
  type EngineError,
  type ErrorCode,
  type TransferRequest,
  type TransferSnapshot,
  type TransferStatus,
} from '../shared/engine.ts';
import { deepFreeze, definedOnly } from '../shared/plain-data.ts';
import type { CallRecord } from './call-projection.ts';
import { toEngineError } from './sdk-errors.ts';
import type { CallingSdk } from './sdk-port.ts';
import { resolveTransferTarget, type TransferSend } from './targets.ts';

export interface TransferHooks {
  readonly sdk: CallingSdk;
  isConnected(): boolean;
  /** The call's id now, given any id it has had. */
  currentCallId(callId: string): string;
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

  constructor(
    private readonly hooks: TransferHooks,
    private readonly record: CallRecord | undefined,
    private readonly request: TransferRequest,
  ) {
    const now = Date.now();
    const { mode, target } = request;
    const callId = record?.snapshot.id ?? request.callId;
    this.current = { opId: crypto.randomUUID(), callId, mode, target, state: 'None', startedAt: now, updatedAt: now };
  }

  async run(): Promise<TransferSnapshot> {
    const { record } = this;
    // Without a call, or with a transfer under way on it, there is nothing to attach the outcome to.
    if (!record || !isLive(record.snapshot)) return this.refuse({ ...ERR.notFound, message: 'There is no such call to transfer.' });
    if (isUnderWay(record)) return this.refuse({ ...ERR.badState, message: 'A transfer of this call is already under way.' });
    if (!this.hooks.isConnected()) return this.fail(record, engineError({ ...ERR.disconnected, message: 'Not connected to ACS.' }));
    let send: TransferSend;
    try {
      const resolved = resolveTransferTarget(this.hooks.sdk, this.request, this.hooks.currentCallId(this.request.target));
      if ('refusal' in resolved) return this.fail(record, engineError(resolved.refusal));
      send = resolved.send;
      // In view from the hold's revision on as None, so the previous outcome is not shown meanwhile.
      record.transfer = this.current;
      await this.holdFirst(record);
    } catch (error) {
      return this.fail(record, toEngineError(error, ERR.holdFailed, Date.now()));
    }
    try {
      this.follow(record, send(record.call.feature(this.hooks.sdk.Features.Transfer)));
    } catch (error) {
      // 400/46051 (not a 1:1 call) and 400/46052 (target not recognised) are thrown synchronously.
      this.fail(record, toEngineError(error, ERR.transferFailed, Date.now()));
    }
    return this.current;
  }

  /** The SDK only transfers from LocalHold (§0.3); a failed hold rejects with 500/41033. */
  private async holdFirst(record: CallRecord): Promise<void> {
    if (record.call.state === 'LocalHold') return;
    await record.call.hold();
    this.heldByUs = true;
  }

  private follow(record: CallRecord, transfer: Transfer): void {
    this.sync(record, transfer);
    // The Transfer object has a working off(), but a guard is simpler than pairing listeners.
    if (!this.settled) transfer.on('stateChanged', () => this.sync(record, transfer));
  }

  private sync(record: CallRecord, transfer: Transfer): void {
    if (this.settled) return;
    if (transfer.state === 'Failed') {
      const code = transfer.error ? definedOnly({ code: transfer.error.code, subCode: transfer.error.subCode }) : ERR.transferFailed;
      this.fail(record, { ...code, message: `The transfer to ${this.request.target} failed.`, origin: 'sdk', at: Date.now() });
      return;
    }
    this.update(record, transfer.state);
    if (transfer.state === 'Transferred') this.finishTransferred(record);
  }

  /** The SDK does not drop the original leg: the transferor hangs up itself (§3). */
  private finishTransferred(record: CallRecord): void {
    this.settled = true;
    if (!(this.request.hangUpOnSuccess ?? true)) return;
    record.call.hangUp().catch((error: unknown) => this.report(error));
  }

  /** Resumes only a hold we made: a call the agent held stays held (§3). */
  private fail(record: CallRecord, error: EngineError): TransferSnapshot {
    this.settled = true;
    this.update(record, 'Failed', error);
    if (this.heldByUs && record.call.state === 'LocalHold') record.call.resume().catch((resumeError: unknown) => this.report(resumeError));
    return this.current;
  }

  private refuse(refusal: Refusal): TransferSnapshot {
    this.hooks.report(engineError(refusal));
    return deepFreeze({ ...this.current, state: 'Failed', error: definedOnly({ code: refusal.code, subCode: refusal.subCode }) });
  }

  private report(error: unknown): void {
    this.hooks.report(toEngineError(error, ERR.badState, Date.now()));
  }

  /** A failure's code goes on the transfer and its message into lastError, in one revision. */
  private update(record: CallRecord, state: TransferStatus, failure?: EngineError): void {
    const error = failure && definedOnly({ code: failure.code, subCode: failure.subCode });
    this.current = deepFreeze(definedOnly({ ...this.current, state, error, updatedAt: Date.now() }));
    this.hooks.update(record, this.current, failure);
  }
}

function isUnderWay(record: CallRecord): boolean {
  const state = record.transfer?.state;
  return state === 'None' || state === 'Transferring';
}

function engineError(refusal: Refusal): EngineError {
  return { ...refusal, origin: 'engine', at: Date.now() };
}

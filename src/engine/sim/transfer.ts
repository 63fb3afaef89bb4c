// The simulated SDK's Transfer feature and Transfer objects (docs/acs-sdk.md §7, §8): a synchronous
// throw for a call that is not 1:1 (46051), a Transfer that is Failed {0, 0} from the start when the
// call is not on LocalHold or the consult call is not found (no stateChanged ever reports it), and
// otherwise Transferring until the service decides: a target it does not know fails later.
import type {
  Transfer,
  TransferErrorCode,
  TransferState,
  TransferToCallLocator,
  TransferToParticipantLocator,
  TransferToVoicemailLocator,
} from '@azure/communication-calling';
import { getIdentifierRawId } from '@azure/communication-common';
import type { ErrorCode } from '../../shared/engine.ts';
import type { SdkCall, SdkTransferFeature } from '../sdk-port.ts';
import type { SimCall } from './call.ts';
import { Emitter, SimSdkError } from './emitter.ts';
import { SERVICE } from './service-codes.ts';
import type { TargetOutcome } from './scenario.ts';

export class SimTransfer implements Transfer {
  readonly #events = new Emitter<{ stateChanged: undefined }>();

  constructor(
    public state: TransferState,
    public error?: TransferErrorCode,
  ) {}

  on(event: 'stateChanged', listener: () => void): void {
    this.#events.add(event, listener);
  }

  off(event: 'stateChanged', listener: () => void): void {
    this.#events.remove(event, listener);
  }

  /** The service's verdict; only a transfer under way changes. */
  settle(state: TransferState, error?: ErrorCode): void {
    if (this.state !== 'Transferring') return;
    this.state = state;
    if (error) this.error = { code: error.code, subCode: error.subCode ?? 0 };
    this.#events.emit('stateChanged', undefined);
  }
}

type Locator = TransferToParticipantLocator | TransferToCallLocator | TransferToVoicemailLocator;

interface Verdict {
  after: number;
  state: 'Transferred' | 'Failed';
  error?: ErrorCode;
}

export class SimTransferCallFeature implements SdkTransferFeature {
  readonly name = 'Transfer';
  readonly #events = new Emitter<{ transferAccepted: { targetCall: SdkCall } }>();
  #underWay?: { transfer: SimTransfer; cancel: () => void };

  constructor(private readonly call: SimCall) {}

  transfer(target: Locator): Transfer {
    if (this.call.remoteParticipants.length > 1) throw new SimSdkError(400, 46051, 'Transfer is not supported in this call.');
    const consult = 'targetCallId' in target ? this.call.owner.findLiveCall(target.targetCallId) : undefined;
    if (this.call.state !== 'LocalHold' || ('targetCallId' in target && (!consult || consult === this.call))) {
      // Set in the Transfer's constructor: no stateChanged will ever report it.
      return new SimTransfer('Failed', { code: 0, subCode: 0 });
    }
    return this.#send(this.#verdictFor(target), consult);
  }

  on(event: 'transferAccepted', listener: (args: { targetCall: SdkCall }) => void): void {
    this.#events.add(event, listener);
  }

  /** The SDK's bug, kept: off() adds the listener again (docs/acs-sdk.md). */
  off(event: 'transferAccepted', listener: (args: { targetCall: SdkCall }) => void): void {
    this.#events.add(event, listener);
  }

  dispose(): void {}

  /** Someone transferred us: the service hands us `targetCall`. */
  acceptTransfer(targetCall: SdkCall): void {
    this.#events.emit('transferAccepted', { targetCall });
  }

  /** The transferor's call ended under a transfer: the SDK leaves it Transferring, and no event comes. */
  callEnded(): void {
    this.#underWay?.cancel();
    this.#underWay = undefined;
  }

  #send(verdict: Verdict, consult: SimCall | undefined): SimTransfer {
    const transfer = new SimTransfer('Transferring');
    const cancel = this.call.world.after(verdict.after, () => {
      this.#underWay = undefined;
      if (consult && consult.state === 'Disconnected') return transfer.settle('Failed', SERVICE.transferFailed);
      transfer.settle(verdict.state, verdict.error);
      if (transfer.state === 'Transferred') this.#afterTransferred(consult);
    });
    this.#underWay = { transfer, cancel };
    return transfer;
  }

  /** The service ends the consult call it merged, and the transferor's leg soon after. */
  #afterTransferred(consult: SimCall | undefined): void {
    consult?.end(SERVICE.replaced);
    const { world } = this.call;
    const delay = world.scenario.timings.serviceEndsTransferred;
    if (delay !== undefined) world.after(delay, () => this.call.end(SERVICE.transferredAway));
  }

  #verdictFor(target: Locator): Verdict {
    const { world } = this.call;
    const timings = world.scenario.timings;
    if ('targetParticipantVoicemail' in target) return { after: timings.voicemailAnswer, state: 'Transferred' };
    if ('targetCallId' in target) return { after: timings.consultReplace, state: 'Transferred' };
    return verdictOf(world.outcomeOf(getIdentifierRawId(target.targetParticipant)), timings);
  }
}

function verdictOf(outcome: TargetOutcome, timings: SimCall['world']['scenario']['timings']): Verdict {
  switch (outcome) {
    case 'answer':
      return { after: timings.transferRinging, state: 'Transferred' };
    case 'decline':
      return { after: timings.decline, state: 'Failed', error: SERVICE.declined };
    case 'noAnswer':
      return { after: timings.transferTimeout, state: 'Failed', error: SERVICE.transferTimeout };
    case 'unknown':
      return { after: timings.callConnect, state: 'Failed', error: SERVICE.targetNotFound };
  }
}


// The Transfer feature as the SDK 2.0.0 ships it, quirks included (notes/acs-sdk.md §0, §3):
// transfer() outside LocalHold returns a Transfer already Failed {0,0} with no event to follow,
// group calls throw 400/46051, unrecognised targets throw 400/46052, and off() re-adds the listener.
import type {
  Transfer,
  TransferErrorCode,
  TransferState,
  TransferToCallLocator,
  TransferToParticipantLocator,
  TransferToParticipantOptions,
  TransferToVoicemailLocator,
} from '@azure/communication-calling';
import { getIdentifierKind, getIdentifierRawId } from '@azure/communication-common';
import type { SdkCall, SdkTransferFeature } from '../../../../src/engine/sdk-port.ts';
import { Emitter, FakeSdkError } from './emitter.ts';

export class FakeTransfer implements Transfer {
  private readonly events = new Emitter<{ stateChanged: undefined }>();

  constructor(
    public state: TransferState,
    public error?: TransferErrorCode,
  ) {}

  on(event: 'stateChanged', listener: () => void): void {
    this.events.add(event, listener);
  }

  off(event: 'stateChanged', listener: () => void): void {
    this.events.remove(event, listener);
  }

  settle(state: TransferState, error?: TransferErrorCode): void {
    this.state = state;
    this.error = error;
    this.events.emit('stateChanged', undefined);
  }
}

/** Where a transfer goes, as the fake world decides it. */
export type TransferDestination = { kind: 'participant'; rawId: string } | { kind: 'voicemail' } | { kind: 'call'; callId: string };

export interface TransferWorld {
  /** Whether the service knows the target; transfer() throws 400/46052 for one it does not. */
  recognises(rawId: string): boolean;
  /** Queues the destination's answer; false when there is no such target call. */
  dispatch(from: SdkCall, destination: TransferDestination, transfer: FakeTransfer): boolean;
}

type Locator = TransferToParticipantLocator | TransferToCallLocator | TransferToVoicemailLocator;

export class FakeTransferCallFeature implements SdkTransferFeature {
  readonly name = 'Transfer';
  private readonly events = new Emitter<{ transferAccepted: { targetCall: SdkCall } }>();

  constructor(
    private readonly call: SdkCall,
    private readonly world: TransferWorld,
  ) {}

  transfer(target: Locator, _options?: TransferToParticipantOptions): Transfer {
    if (this.call.remoteParticipants.length > 1) throw new FakeSdkError(400, 46051, 'Transfer is not supported in this call.');
    const destination = destinationOf(target);
    if (destination.kind === 'participant' && !this.world.recognises(destination.rawId)) throw unrecognised();
    const transfer = new FakeTransfer('Transferring');
    if (this.call.state !== 'LocalHold' || !this.world.dispatch(this.call, destination, transfer)) {
      return new FakeTransfer('Failed', { code: 0, subCode: 0 });
    }
    return transfer;
  }

  on(event: 'transferAccepted', listener: (args: { targetCall: SdkCall }) => void): void {
    this.events.add(event, listener);
  }

  /** Reproduces the SDK bug: off() calls eventEmitter.on() (notes/acs-sdk.md §3). */
  off(event: 'transferAccepted', listener: (args: { targetCall: SdkCall }) => void): void {
    this.events.add(event, listener);
  }

  dispose(): void {}

  acceptTransfer(targetCall: SdkCall): void {
    this.events.emit('transferAccepted', { targetCall });
  }
}

function destinationOf(target: Locator): TransferDestination {
  if ('targetCallId' in target) return { kind: 'call', callId: target.targetCallId };
  if ('targetParticipantVoicemail' in target) return { kind: 'voicemail' };
  if (getIdentifierKind(target.targetParticipant).kind === 'unknown') throw unrecognised();
  return { kind: 'participant', rawId: getIdentifierRawId(target.targetParticipant) };
}

function unrecognised(): FakeSdkError {
  return new FakeSdkError(400, 46052, 'Transfer target is not recognized.');
}

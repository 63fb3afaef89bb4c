// A Call as the SDK exposes it: state changes fire stateChanged with no payload, hold() outside
// Connected rejects with 500/41033, and the Transfer feature exists only once touched (§0.5).
import type {
  CallDirection,
  CallEndReason,
  CallerInfo,
  CallFeatureFactory,
  CallState,
  TransferCallFeature,
} from '@azure/communication-calling';
import { createIdentifierFromRawId } from '@azure/communication-common';
import type { SdkCall, SdkParticipant } from '../../../../src/engine/sdk-port.ts';
import { Emitter, FakeSdkError } from './emitter.ts';
import { FakeTransferCallFeature, type TransferWorld } from './transfer.ts';

type CallEvents = {
  stateChanged: undefined;
  idChanged: undefined;
  isMutedChanged: undefined;
  remoteParticipantsUpdated: { added: SdkParticipant[]; removed: SdkParticipant[] };
};

export interface CallWorld extends TransferWorld {
  readonly transferFactory: CallFeatureFactory<TransferCallFeature>;
  ended(call: FakeCall): void;
}

let nextCallNumber = 1;

export function participant(rawId: string, displayName?: string): SdkParticipant {
  return { identifier: createIdentifierFromRawId(rawId), ...(displayName && { displayName }) };
}

export class FakeCall implements SdkCall {
  id = `call-${nextCallNumber++}`;
  isMuted = false;
  callEndReason?: CallEndReason;
  remoteParticipants: SdkParticipant[];
  transferFeature?: FakeTransferCallFeature;
  private readonly events = new Emitter<CallEvents>();

  constructor(
    private readonly world: CallWorld,
    remoteRawIds: string[],
    public state: CallState,
    readonly direction: CallDirection,
    readonly transferorInfo?: CallerInfo,
  ) {
    this.remoteParticipants = remoteRawIds.map((rawId) => participant(rawId));
  }

  on<K extends keyof CallEvents>(event: K, listener: (args: CallEvents[K]) => void): void {
    this.events.add(event, listener);
  }

  feature(factory: CallFeatureFactory<TransferCallFeature>): FakeTransferCallFeature {
    if (factory !== this.world.transferFactory) throw new Error('The fake SDK has only the Transfer feature.');
    this.transferFeature ??= new FakeTransferCallFeature(this, this.world);
    return this.transferFeature;
  }

  async hold(): Promise<void> {
    if (this.state !== 'Connected') throw new FakeSdkError(500, 41033, 'Failed to hold the call.');
    this.setState('LocalHold');
  }

  async resume(): Promise<void> {
    if (this.state !== 'LocalHold') throw new FakeSdkError(500, 41034, 'Failed to resume the call.');
    this.setState('Connected');
  }

  async hangUp(): Promise<void> {
    this.end({ code: 0, subCode: 0 });
  }

  async mute(): Promise<void> {
    this.setMuted(true);
  }

  async unmute(): Promise<void> {
    this.setMuted(false);
  }

  setState(state: CallState): void {
    this.state = state;
    this.events.emit('stateChanged', undefined);
  }

  /** The call ends (hung up by either side), passing through Disconnecting like the SDK. */
  end(reason: CallEndReason): void {
    if (this.state === 'Disconnected') return;
    this.setState('Disconnecting');
    this.callEndReason = reason;
    this.setState('Disconnected');
    this.world.ended(this);
  }

  changeId(id: string): void {
    this.id = id;
    this.events.emit('idChanged', undefined);
  }

  addRemote(rawId: string): void {
    const added = participant(rawId);
    this.remoteParticipants = [...this.remoteParticipants, added];
    this.events.emit('remoteParticipantsUpdated', { added: [added], removed: [] });
  }

  private setMuted(muted: boolean): void {
    this.isMuted = muted;
    this.events.emit('isMutedChanged', undefined);
  }
}

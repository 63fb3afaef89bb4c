// The slice of the ACS SDK that the engine uses. The real SDK fills it in the calling host page
// (src/host/real-sdk.ts); the simulated SDK (sim/) fills it in simulated mode and in every test, since
// the real one cannot load in Node (docs/acs-sdk.md §13). Every type here is cut from the real typings,
// and the assertions at the bottom fail to compile if the real SDK objects stop fitting.
import type {
  AudioDeviceInfo,
  CallAgent,
  CallAgentOptions,
  CallClient,
  CallCommon,
  CallEndedEvent,
  CallFeatureFactory,
  CallState,
  CollectionUpdatedEvent,
  ConnectionStateChangedEvent,
  DeviceManager,
  Features,
  IncomingCall,
  IncomingCallCommon,
  PropertyChangedEvent,
  RemoteParticipant,
  StartCallOptions,
  TransferCallFeature,
  TransferState,
} from '@azure/communication-calling';
import type {
  CommunicationIdentifier,
  CommunicationIdentifierKind,
  CommunicationTokenCredential,
  CommunicationTokenRefreshOptions,
} from '@azure/communication-common';
import type { CallStatus, TransferStatus } from '../shared/engine.ts';

export type SdkParticipant = Pick<RemoteParticipant, 'identifier' | 'displayName'>;

/** `off()` is left out on purpose: the SDK's re-adds the listener (docs/acs-sdk.md §9). */
export interface SdkTransferFeature extends Pick<TransferCallFeature, 'transfer'> {
  on(event: 'transferAccepted', listener: (args: { targetCall: SdkCall }) => void): void;
}

export interface SdkCall
  extends Pick<
    CallCommon,
    'id' | 'state' | 'direction' | 'isMuted' | 'callEndReason' | 'transferorInfo' | 'hold' | 'resume' | 'hangUp' | 'mute' | 'unmute'
  > {
  readonly remoteParticipants: ReadonlyArray<SdkParticipant>;
  feature(factory: CallFeatureFactory<TransferCallFeature>): SdkTransferFeature;
  on(event: 'stateChanged' | 'idChanged' | 'isMutedChanged', listener: PropertyChangedEvent): void;
  on(event: 'remoteParticipantsUpdated', listener: CollectionUpdatedEvent<SdkParticipant>): void;
}

export interface SdkIncomingCall extends Pick<IncomingCallCommon, 'id' | 'callerInfo' | 'transferorInfo' | 'reject'> {
  accept(): Promise<SdkCall>;
  on(event: 'callEnded', listener: CallEndedEvent): void;
}

export interface SdkCallAgent extends Pick<CallAgent, 'connectionState' | 'dispose'> {
  readonly calls: ReadonlyArray<SdkCall>;
  startCall(participants: CommunicationIdentifier[], options?: StartCallOptions): SdkCall;
  on(event: 'callsUpdated', listener: CollectionUpdatedEvent<SdkCall>): void;
  on(event: 'incomingCall', listener: (args: { incomingCall: SdkIncomingCall }) => void): void;
  on(event: 'connectionStateChanged', listener: ConnectionStateChangedEvent): void;
}

export interface SdkCallClient {
  createCallAgent(credential: CommunicationTokenCredential, options?: CallAgentOptions): Promise<SdkCallAgent>;
  dispose(): Promise<void>;
}

/** The audio half of the DeviceManager (host/sdk-devices.ts): the extension makes no video calls. */
export interface SdkDeviceManager
  extends Pick<
    DeviceManager,
    | 'isSpeakerSelectionAvailable'
    | 'selectedMicrophone'
    | 'selectedSpeaker'
    | 'getMicrophones'
    | 'getSpeakers'
    | 'selectMicrophone'
    | 'selectSpeaker'
    | 'askDevicePermission'
  > {
  on(event: 'audioDevicesUpdated', listener: CollectionUpdatedEvent<AudioDeviceInfo>): void;
  on(event: 'selectedMicrophoneChanged' | 'selectedSpeakerChanged', listener: PropertyChangedEvent): void;
}

/** What AcsCallEngine needs from @azure/communication-calling and @azure/communication-common. */
export interface CallingSdk {
  createCallClient(): SdkCallClient;
  readonly Features: Pick<typeof Features, 'Transfer'>;
  createIdentifierFromRawId(rawId: string): CommunicationIdentifierKind;
  getIdentifierRawId(identifier: CommunicationIdentifier): string;
  createCredential(options: CommunicationTokenRefreshOptions): CommunicationTokenCredential;
}

type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Fits<Real, Port> = [Real] extends [Port] ? true : false;
type Assert<T extends true> = T;

/** Compiles only while our literals equal the SDK's and the real SDK objects fit the port. */
export type SdkContractHolds = [
  Assert<Equals<CallStatus, CallState>>,
  Assert<Equals<TransferStatus, TransferState>>,
  Assert<Fits<CallClient, SdkCallClient>>,
  Assert<Fits<CallAgent, SdkCallAgent>>,
  Assert<Fits<IncomingCall, SdkIncomingCall>>,
  Assert<Fits<TransferCallFeature, SdkTransferFeature>>,
  Assert<Fits<DeviceManager, SdkDeviceManager>>,
  Assert<Fits<CallClient, { getDeviceManager(): Promise<SdkDeviceManager> }>>,
];

// CallClient, CallAgent and IncomingCall as the SDK behaves (notes/acs-sdk.md §2, §7): the client
// holds one live agent at a time and reads the token from the credential when creating it.
import type {
  CallAgentOptions,
  CallEndReason,
  CallerInfo,
  ConnectionState,
  ConnectionStateChangedReason,
  StartCallOptions,
} from '@azure/communication-calling';
import {
  createIdentifierFromRawId,
  getIdentifierRawId,
  type CommunicationIdentifier,
  type CommunicationTokenCredential,
} from '@azure/communication-common';
import type { SdkCallAgent, SdkCallClient, SdkIncomingCall } from '../../../../src/engine/sdk-port.ts';
import { FakeCall, type CallWorld } from './call.ts';
import { Emitter, FakeSdkError } from './emitter.ts';

export interface AgentWorld extends CallWorld {
  readonly nextAgentState: ConnectionState;
  /** Whether disposing an agent ends its calls with events (offline it may not get the chance). */
  readonly endCallsOnDispose: boolean;
  agentCreated(agent: FakeCallAgent): void;
  /** Lets a dialled party answer, decline or stay silent, when the test settles the world. */
  dialled(call: FakeCall): void;
}

type AgentEvents = {
  callsUpdated: { added: FakeCall[]; removed: FakeCall[] };
  incomingCall: { incomingCall: SdkIncomingCall };
  connectionStateChanged: { newValue: ConnectionState; oldValue: ConnectionState; reason?: ConnectionStateChangedReason };
};

export class FakeCallClient implements SdkCallClient {
  private agent?: FakeCallAgent;

  constructor(private readonly world: AgentWorld) {}

  async createCallAgent(credential: CommunicationTokenCredential, options?: CallAgentOptions): Promise<FakeCallAgent> {
    if (this.agent && !this.agent.disposed) throw new FakeSdkError(400, 40101, 'The CallClient can only have one active CallAgent.');
    const { token } = await credential.getToken();
    this.agent = new FakeCallAgent(this.world, token, options?.displayName);
    this.world.agentCreated(this.agent);
    return this.agent;
  }

  async dispose(): Promise<void> {}
}

export class FakeCallAgent implements SdkCallAgent {
  calls: FakeCall[] = [];
  connectionState: ConnectionState;
  disposed = false;
  private readonly events = new Emitter<AgentEvents>();

  constructor(
    private readonly world: AgentWorld,
    readonly token: string,
    readonly displayName?: string,
  ) {
    this.connectionState = world.nextAgentState;
  }

  on<K extends keyof AgentEvents>(event: K, listener: (args: AgentEvents[K]) => void): void {
    this.events.add(event, listener);
  }

  startCall(participants: CommunicationIdentifier[], _options?: StartCallOptions): FakeCall {
    const call = new FakeCall(this.world, participants.map(getIdentifierRawId), 'Connecting', 'Outgoing');
    this.add(call);
    this.world.dialled(call);
    return call;
  }

  async dispose(): Promise<void> {
    this.disposed = true;
    if (!this.world.endCallsOnDispose) return;
    for (const call of [...this.calls]) call.end({ code: 0, subCode: 0 });
  }

  add(call: FakeCall): FakeCall {
    this.calls = [...this.calls, call];
    this.events.emit('callsUpdated', { added: [call], removed: [] });
    return call;
  }

  remove(call: FakeCall): void {
    if (!this.calls.includes(call)) return;
    this.calls = this.calls.filter((known) => known !== call);
    this.events.emit('callsUpdated', { added: [], removed: [call] });
  }

  setConnectionState(newValue: ConnectionState, reason?: ConnectionStateChangedReason): void {
    const oldValue = this.connectionState;
    this.connectionState = newValue;
    this.events.emit('connectionStateChanged', { newValue, oldValue, ...(reason && { reason }) });
  }

  ring(callerRawId: string, transferorRawId?: string): FakeIncomingCall {
    const incomingCall = new FakeIncomingCall(this, callerInfo(callerRawId), transferorRawId ? callerInfo(transferorRawId) : undefined);
    this.events.emit('incomingCall', { incomingCall });
    return incomingCall;
  }

  findCall(callId: string): FakeCall | undefined {
    return this.calls.find((call) => call.id === callId);
  }

  createCall(remoteRawIds: string[], direction: 'Incoming' | 'Outgoing', transferorInfo?: CallerInfo): FakeCall {
    return this.add(new FakeCall(this.world, remoteRawIds, 'Connected', direction, transferorInfo));
  }
}

let nextIncomingNumber = 1;

export class FakeIncomingCall implements SdkIncomingCall {
  readonly id = `incoming-${nextIncomingNumber++}`;
  private readonly events = new Emitter<{ callEnded: { callEndReason: CallEndReason } }>();

  constructor(
    private readonly agent: FakeCallAgent,
    readonly callerInfo: CallerInfo,
    readonly transferorInfo?: CallerInfo,
  ) {}

  async accept(): Promise<FakeCall> {
    const caller = this.callerInfo.identifier ? [getIdentifierRawId(this.callerInfo.identifier)] : [];
    return this.agent.createCall(caller, 'Incoming', this.transferorInfo);
  }

  async reject(): Promise<void> {
    this.events.emit('callEnded', { callEndReason: { code: 0, subCode: 0 } });
  }

  on(event: 'callEnded', listener: (args: { callEndReason: CallEndReason }) => void): void {
    this.events.add(event, listener);
  }

  /** The caller gives up before anyone answers. */
  cancel(): void {
    this.events.emit('callEnded', { callEndReason: { code: 487, subCode: 0 } });
  }
}

export function callerInfo(rawId: string, displayName?: string): CallerInfo {
  return { identifier: createIdentifierFromRawId(rawId), ...(displayName && { displayName }) };
}

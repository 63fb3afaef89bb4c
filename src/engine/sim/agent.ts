// CallClient, CallAgent and IncomingCall of the simulated SDK (docs/acs-sdk.md): one live agent per
// client, the token read from the credential when the agent is created, outgoing calls that go
// None → Connecting → Ringing → Connected (changing id on the way) or end as the target's rule says.
import type {
  CallAgentOptions,
  CallDirection,
  CallEndReason,
  CallerInfo,
  CallState,
  ConnectionState,
  ConnectionStateChangedReason,
  StartCallOptions,
} from '@azure/communication-calling';
import { createIdentifierFromRawId, getIdentifierRawId, type CommunicationIdentifier, type CommunicationTokenCredential } from '@azure/communication-common';
import type { PartySnapshot, RawId } from '../../shared/engine.ts';
import type { SdkCallAgent, SdkCallClient, SdkIncomingCall } from '../sdk-port.ts';
import { SimCall, type CallOwner } from './call.ts';
import { Emitter, SimSdkError } from './emitter.ts';
import { partyFor, setupTimeout } from './scenario.ts';
import { SERVICE } from './service-codes.ts';
import type { SimWorld } from './world.ts';

type AgentEvents = {
  callsUpdated: { added: SimCall[]; removed: SimCall[] };
  incomingCall: { incomingCall: SdkIncomingCall };
  connectionStateChanged: { newValue: ConnectionState; oldValue: ConnectionState; reason?: ConnectionStateChangedReason };
};

export class SimCallClient implements SdkCallClient {
  #agent?: SimCallAgent;

  constructor(private readonly world: SimWorld) {}

  async createCallAgent(credential: CommunicationTokenCredential, options?: CallAgentOptions): Promise<SimCallAgent> {
    const { token } = await credential.getToken();
    if (this.#agent && !this.#agent.disposed) {
      // The same identity gets the live agent back; another is refused (docs/acs-sdk.md §3).
      if (this.world.identityOf(token) === this.world.identityOf(this.#agent.token)) return this.#agent;
      const { code, subCode } = SERVICE.secondAgent;
      throw new SimSdkError(code, subCode, 'The CallClient can only have one active CallAgent at a time.');
    }
    await this.world.timers.wait(this.world.scenario.timings.agentConnect);
    this.#agent = new SimCallAgent(this.world, token, options?.displayName);
    this.world.agentCreated(this.#agent);
    return this.#agent;
  }

  async dispose(): Promise<void> {
    await this.#agent?.dispose();
  }
}

export class SimCallAgent implements SdkCallAgent, CallOwner {
  calls: SimCall[] = [];
  connectionState: ConnectionState;
  disposed = false;
  readonly #events = new Emitter<AgentEvents>();

  constructor(
    readonly world: SimWorld,
    readonly token: string,
    readonly displayName?: string,
  ) {
    this.connectionState = world.nextAgentState;
  }

  on<K extends keyof AgentEvents>(event: K, listener: (args: AgentEvents[K]) => void): void {
    this.#events.add(event, listener);
  }

  startCall(participants: CommunicationIdentifier[], _options?: StartCallOptions): SimCall {
    const remote = participants.map((identifier) => partyFor(this.world.scenario, getIdentifierRawId(identifier)));
    const call = this.add(new SimCall(this.world, this, { remote, state: 'None', direction: 'Outgoing' }));
    call.setState('Connecting');
    this.#ringOut(call, remote[0]?.rawId);
    return call;
  }

  /** Hangs up its live calls first, as the SDK's dispose does. */
  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    for (const call of [...this.calls]) call.end(SERVICE.endedByUs);
  }

  /** A call joins the agent: accepted, transferred to us, or (the demo customer) already connected. */
  createCall(
    remote: PartySnapshot[],
    direction: CallDirection,
    options: { id?: string; state?: CallState; transferorInfo?: CallerInfo } = {},
  ): SimCall {
    const { state = 'Connected', ...rest } = options;
    return this.add(new SimCall(this.world, this, { remote, state, direction, ...rest }));
  }

  ring(caller: PartySnapshot, transferor?: PartySnapshot): SimIncomingCall {
    const incomingCall = new SimIncomingCall(this, callerInfo(caller), transferor && callerInfo(transferor));
    this.#events.emit('incomingCall', { incomingCall });
    return incomingCall;
  }

  setConnectionState(newValue: ConnectionState, reason?: ConnectionStateChangedReason): void {
    const oldValue = this.connectionState;
    if (oldValue === newValue) return;
    this.connectionState = newValue;
    this.#events.emit('connectionStateChanged', { newValue, oldValue, ...(reason && { reason }) });
  }

  findLiveCall(callId: string): SimCall | undefined {
    return this.calls.find((call) => call.id === callId && call.state !== 'Disconnected');
  }

  ended(call: SimCall): void {
    if (!this.calls.includes(call)) return;
    this.calls = this.calls.filter((known) => known !== call);
    this.#events.emit('callsUpdated', { added: [], removed: [call] });
  }

  private add(call: SimCall): SimCall {
    this.calls = [...this.calls, call];
    this.#events.emit('callsUpdated', { added: [call], removed: [] });
    return call;
  }

  /** The callee's rule decides: unknown ends before ringing; decline and no answer end while ringing. */
  #ringOut(call: SimCall, callee: RawId | undefined): void {
    const { world } = this;
    const { timings } = world.scenario;
    const outcome = world.outcomeOf(callee);
    world.after(timings.callConnect, () => {
      if (call.state !== 'Connecting') return;
      if (outcome === 'unknown') return call.end(SERVICE.callTargetNotFound);
      call.setState('Ringing');
      const ringFor = outcome === 'answer' ? timings.ringing : outcome === 'decline' ? timings.decline : setupTimeout(world.scenario, callee ?? '');
      world.after(ringFor, () => {
        if (call.state !== 'Ringing') return;
        if (outcome === 'decline') return call.end(SERVICE.callDeclined);
        if (outcome === 'noAnswer') return call.end(SERVICE.callNotAnswered);
        // The call gets its final id once it connects (idChanged).
        call.changeId(world.nextId('call'));
        call.setState('Connected');
      });
    });
  }
}

export class SimIncomingCall implements SdkIncomingCall {
  readonly id: string;
  readonly #events = new Emitter<{ callEnded: { callEndReason: CallEndReason } }>();
  #ringing = true;
  readonly #stopMissing: () => void;

  constructor(
    private readonly agent: SimCallAgent,
    readonly callerInfo: CallerInfo,
    readonly transferorInfo?: CallerInfo,
  ) {
    const { world } = agent;
    this.id = world.nextId('call');
    this.#stopMissing = world.after(world.scenario.timings.incomingTimeout, () => this.#end(SERVICE.missed));
  }

  /** Fails as the world says; a failed accept leaves the call ringing, to be accepted again. */
  async accept(): Promise<SimCall> {
    if (!this.#ringing) throw new SimSdkError(SERVICE.acceptEnded.code, SERVICE.acceptEnded.subCode, 'The incoming call has ended.');
    const failure = this.agent.world.acceptFailures.shift();
    if (failure) throw failure;
    this.#ringing = false;
    this.#stopMissing();
    const caller = this.callerInfo.identifier ? [partyOf(this.callerInfo)] : [];
    const transferorInfo = this.transferorInfo;
    // The accepted call keeps the incoming call's id.
    const call = this.agent.createCall(caller, 'Incoming', { id: this.id, state: 'Connecting', ...(transferorInfo && { transferorInfo }) });
    const { world } = this.agent;
    world.after(world.scenario.timings.callConnect, () => {
      if (call.state === 'Connecting') call.setState('Connected');
    });
    return call;
  }

  async reject(): Promise<void> {
    this.#end(SERVICE.endedByUs);
  }

  on(event: 'callEnded', listener: (args: { callEndReason: CallEndReason }) => void): void {
    this.#events.add(event, listener);
  }

  #end(callEndReason: CallEndReason): void {
    if (!this.#ringing) return;
    this.#ringing = false;
    this.#stopMissing();
    this.#events.emit('callEnded', { callEndReason });
  }
}

function callerInfo({ rawId, displayName }: PartySnapshot): CallerInfo {
  return { identifier: createIdentifierFromRawId(rawId), ...(displayName && { displayName }) };
}

function partyOf(info: CallerInfo): PartySnapshot {
  const rawId = info.identifier ? getIdentifierRawId(info.identifier) : '';
  return { rawId, ...(info.displayName && { displayName: info.displayName }) };
}

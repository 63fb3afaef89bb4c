// A Call of the simulated SDK, behaving as the real one (docs/acs-sdk.md): state changes fire a
// payload-less stateChanged, hold() works only on a Connected call, hangUp() passes through
// Disconnecting, and the Transfer feature exists only once it has been touched.
import type { CallDirection, CallEndReason, CallerInfo, CallFeatureFactory, CallState, TransferCallFeature } from '@azure/communication-calling';
import { createIdentifierFromRawId } from '@azure/communication-common';
import type { ErrorCode, PartySnapshot } from '../../shared/engine.ts';
import type { SdkCall, SdkParticipant } from '../sdk-port.ts';
import { Emitter, SimSdkError } from './emitter.ts';
import { SERVICE } from './service-codes.ts';
import { SimTransferCallFeature } from './transfer.ts';
import type { SimWorld } from './world.ts';

type CallEvents = {
  stateChanged: undefined;
  idChanged: undefined;
  isMutedChanged: undefined;
  remoteParticipantsUpdated: { added: SdkParticipant[]; removed: SdkParticipant[] };
};

/** Stands in for Features.Transfer: like the SDK, a call only compares the factory's identity. */
export const TRANSFER_FEATURE = Object.freeze({}) as CallFeatureFactory<TransferCallFeature>;

export function participant({ rawId, displayName }: PartySnapshot): SdkParticipant {
  return { identifier: createIdentifierFromRawId(rawId), ...(displayName && { displayName }) };
}

/** The agent a call belongs to: an ended call leaves agent.calls; a consult transfer looks its target up. */
export interface CallOwner {
  ended(call: SimCall): void;
  findLiveCall(callId: string): SimCall | undefined;
}

export class SimCall implements SdkCall {
  id: string;
  state: CallState;
  readonly direction: CallDirection;
  readonly transferorInfo?: CallerInfo;
  isMuted = false;
  callEndReason?: CallEndReason;
  remoteParticipants: SdkParticipant[];
  #transferFeature?: SimTransferCallFeature;
  readonly #events = new Emitter<CallEvents>();

  constructor(
    readonly world: SimWorld,
    readonly owner: CallOwner,
    init: { id?: string; remote: PartySnapshot[]; state: CallState; direction: CallDirection; transferorInfo?: CallerInfo },
  ) {
    this.id = init.id ?? world.nextId('call');
    this.state = init.state;
    this.direction = init.direction;
    this.remoteParticipants = init.remote.map(participant);
    if (init.transferorInfo) this.transferorInfo = init.transferorInfo;
  }

  on<K extends keyof CallEvents>(event: K, listener: (args: CallEvents[K]) => void): void {
    this.#events.add(event, listener);
  }

  feature(factory: CallFeatureFactory<TransferCallFeature>): SimTransferCallFeature {
    if (factory !== TRANSFER_FEATURE) throw new Error('The simulated SDK has only the Transfer feature.');
    this.#transferFeature ??= new SimTransferCallFeature(this);
    return this.#transferFeature;
  }

  /** Whether the Transfer feature was touched: transferAccepted is wired only then. */
  get transferFeature(): SimTransferCallFeature | undefined {
    return this.#transferFeature;
  }

  /** Only from Connected (41033); resolves at once on a held call; the state changes before it resolves. */
  hold(): Promise<void> {
    const refusal = { ...SERVICE.holdFailed, message: 'Failed to hold the call.' };
    return this.#move({ from: 'Connected', to: 'LocalHold', ms: this.world.scenario.timings.hold, refusal });
  }

  /** Only from LocalHold (41034); resolves at once on a connected call. */
  resume(): Promise<void> {
    const refusal = { ...SERVICE.resumeFailed, message: 'Failed to resume the call.' };
    return this.#move({ from: 'LocalHold', to: 'Connected', ms: this.world.scenario.timings.resume, refusal });
  }

  /** On a call that is ending or has ended, rejects with the call's own end reason. */
  async hangUp(): Promise<void> {
    if (this.state === 'Disconnected' || this.state === 'Disconnecting') {
      const { code = 0, subCode = 0 } = this.callEndReason ?? {};
      throw new SimSdkError(code, subCode, `cannot stop call in ${this.state} state`);
    }
    this.setState('Disconnecting');
    await this.world.timers.wait(this.world.scenario.timings.hangUp);
    this.end(SERVICE.endedByUs);
  }

  async mute(): Promise<void> {
    this.setMuted(true);
  }

  async unmute(): Promise<void> {
    this.setMuted(false);
  }

  /** The service moves the call on (answered, ringing). */
  setState(state: CallState): void {
    this.state = state;
    this.#events.emit('stateChanged', undefined);
  }

  /** The call ends, by either side or the service; a transfer under way on it is interrupted. */
  end(reason: CallEndReason): void {
    if (this.state === 'Disconnected') return;
    if (this.state !== 'Disconnecting') this.setState('Disconnecting');
    this.callEndReason = { ...reason };
    this.setState('Disconnected');
    this.#transferFeature?.callEnded();
    this.owner.ended(this);
  }

  /** The service gives the call its final id once it connects (idChanged). */
  changeId(id: string): void {
    this.id = id;
    this.#events.emit('idChanged', undefined);
  }

  /** Someone else joins: the call is no longer 1:1. */
  addRemote(party: PartySnapshot): void {
    const added = participant(party);
    this.remoteParticipants = [...this.remoteParticipants, added];
    this.#events.emit('remoteParticipantsUpdated', { added: [added], removed: [] });
  }

  async #move(move: { from: CallState; to: CallState; ms: number; refusal: ErrorCode & { message: string } }): Promise<void> {
    const { from, to, ms, refusal } = move;
    if (this.state === to) return;
    const refuse = (): SimSdkError => new SimSdkError(refusal.code, refusal.subCode ?? 0, refusal.message);
    if (this.state !== from) throw refuse();
    await this.world.timers.wait(ms);
    if (this.state !== from) throw refuse();
    this.setState(to);
  }

  private setMuted(muted: boolean): void {
    if (this.isMuted === muted) return;
    this.isMuted = muted;
    this.#events.emit('isMutedChanged', undefined);
  }
}

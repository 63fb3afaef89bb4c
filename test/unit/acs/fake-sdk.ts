// A fake of the ACS Calling SDK behind the CallingSdk port, reproducing the quirks AcsCallEngine must
// cope with (notes/acs-sdk.md §0, §3). The real SDK cannot load in Node (§7). Identifiers and the
// token credential are the real @azure/communication-common ones, which do run in Node.
import type { CallFeatureFactory, ConnectionState, TransferCallFeature } from '@azure/communication-calling';
import {
  AzureCommunicationTokenCredential,
  createIdentifierFromRawId,
  getIdentifierRawId,
} from '@azure/communication-common';
import { ERR } from '../../../src/shared/call-errors.ts';
import type { CallingSdk, SdkCall } from '../../../src/engine/sdk-port.ts';
import { FakeCallAgent, FakeCallClient, type AgentWorld } from './fake/agent.ts';
import { FakeCall } from './fake/call.ts';
import type { FakeTransfer, TransferDestination } from './fake/transfer.ts';

export { FakeCall } from './fake/call.ts';
export { FakeCallAgent, FakeIncomingCall } from './fake/agent.ts';
export { FakeSdkError } from './fake/emitter.ts';

/** How a dialled or transfer target behaves; targets not in the directory answer. */
export type TargetBehaviour = 'answers' | 'declines' | 'silent' | 'unknown';

/** Stands in for Features.Transfer: like the SDK, the fake call only compares the factory's identity. */
const TRANSFER_FACTORY = Object.freeze({}) as CallFeatureFactory<TransferCallFeature>;

export class FakeWorld implements AgentWorld {
  readonly transferFactory = TRANSFER_FACTORY;
  readonly directory = new Map<string, TargetBehaviour>();
  readonly agents: FakeCallAgent[] = [];
  nextAgentState: ConnectionState = 'Connected';
  endCallsOnDispose = true;
  private pending: (() => void)[] = [];

  readonly sdk: CallingSdk = {
    createCallClient: () => new FakeCallClient(this),
    Features: { Transfer: TRANSFER_FACTORY },
    createIdentifierFromRawId,
    getIdentifierRawId,
    createCredential: (options) => new AzureCommunicationTokenCredential(options),
  };

  get agent(): FakeCallAgent {
    const agent = this.agents.at(-1);
    if (!agent) throw new Error('No CallAgent was created yet.');
    return agent;
  }

  agentCreated(agent: FakeCallAgent): void {
    this.agents.push(agent);
  }

  /**
   * Runs what the world has queued (answers, declines, transfer outcomes) until nothing is left,
   * letting the engine's promise chains run in between, since they queue more (hold, then send).
   */
  async settle(): Promise<void> {
    await flushMicrotasks();
    while (this.pending.length > 0) {
      const queued = this.pending;
      this.pending = [];
      for (const happen of queued) happen();
      await flushMicrotasks();
    }
  }

  dialled(call: FakeCall): void {
    const behaviour = this.behaviourOf(call.remoteParticipants.map((party) => getIdentifierRawId(party.identifier))[0]);
    this.pending.push(() => {
      // The id the call was started with changes once it connects (notes/acs-sdk.md §12, idChanged).
      if (behaviour === 'answers') call.changeId(`server-${call.id}`);
      if (behaviour === 'answers') call.setState('Connected');
      if (behaviour === 'declines') call.end(ERR.declined);
      if (behaviour === 'unknown') call.end(ERR.unknownTarget);
    });
  }

  dispatch(_from: SdkCall, destination: TransferDestination, transfer: FakeTransfer): boolean {
    if (destination.kind === 'call') {
      const target = this.agent.findCall(destination.callId);
      if (!target) return false;
      this.pending.push(() => {
        transfer.settle('Transferred');
        target.end({ code: 0, subCode: 0 });
      });
      return true;
    }
    const behaviour = destination.kind === 'voicemail' ? 'answers' : this.behaviourOf(destination.rawId);
    this.pending.push(() => {
      if (behaviour === 'answers') transfer.settle('Transferred');
      else transfer.settle('Failed', behaviour === 'declines' ? ERR.declined : ERR.noAnswer);
    });
    return true;
  }

  recognises(rawId: string): boolean {
    return this.behaviourOf(rawId) !== 'unknown';
  }

  ended(call: FakeCall): void {
    for (const agent of this.agents) agent.remove(call);
  }

  /**
   * Someone on `call` transfers us to `newRemoteRawId`. As in the SDK, nothing happens unless the
   * call's Transfer feature was touched (§0.5); returns the new call when it happened.
   */
  transferIn(call: FakeCall, newRemoteRawId: string): FakeCall | undefined {
    const feature = call.transferFeature;
    const transferor = call.remoteParticipants[0];
    if (!feature || !transferor) return undefined;
    const transferred = this.agent.createCall([newRemoteRawId], 'Incoming', { identifier: transferor.identifier });
    feature.acceptTransfer(transferred);
    call.end({ code: 0, subCode: 0 });
    return transferred;
  }

  private behaviourOf(rawId: string | undefined): TargetBehaviour {
    return (rawId && this.directory.get(rawId)) || 'answers';
  }
}

/** Microtasks only, so settle() also works under fake timers; engine chains are far shallower. */
async function flushMicrotasks(): Promise<void> {
  for (let round = 0; round < 50; round += 1) await Promise.resolve();
}

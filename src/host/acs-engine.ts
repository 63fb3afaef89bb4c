// CallEngine on the real ACS Calling SDK (notes/acs-sdk.md §12). It runs only in the calling host
// page: the SDK refuses chrome-extension:// pages (§0.1). The SDK is injected (sdk-port.ts) so the
// same code runs against a fake in tests; every SDK event becomes one published revision.
import { ERR } from '../shared/call-errors.ts';
import {
  EngineFailure,
  type CallEngine,
  type EngineSnapshot,
  type RawId,
  type SnapshotListener,
  type StartCallOptions,
  type TransferRequest,
  type TransferSnapshot,
} from '../shared/engine.ts';
import { AgentConnection } from './agent-connection.ts';
import { TransferRun, type TransferHooks } from './acs-transfer.ts';
import type { CallRecord } from './call-projection.ts';
import { EngineState } from './engine-state.ts';
import { toEngineError, toFailure } from './sdk-errors.ts';
import type { CallingSdk, SdkCall, SdkIncomingCall } from './sdk-port.ts';
import { startCallTargets } from './targets.ts';
import type { TokenFetcher } from './token-source.ts';

export interface AcsEngineOptions {
  readonly sdk: CallingSdk;
  readonly fetchToken: TokenFetcher;
  readonly displayName?: string;
  /** Waits before each attempt to restore a lost connection; bounded, so no retry storm. */
  readonly retryDelaysMs?: readonly number[];
}

const DEFAULT_RETRY_DELAYS_MS = [2_000, 5_000, 10_000, 30_000, 60_000];

export class AcsCallEngine implements CallEngine {
  private readonly sdk: CallingSdk;
  private readonly state: EngineState;
  private readonly connection: AgentConnection;
  private opening?: Promise<void>;

  constructor({ sdk, fetchToken, displayName, retryDelaysMs = DEFAULT_RETRY_DELAYS_MS }: AcsEngineOptions) {
    this.sdk = sdk;
    this.state = new EngineState(sdk);
    this.connection = new AgentConnection(sdk, { fetchToken, retryDelaysMs, displayName }, this.state);
  }

  /** Safe to call again: a started engine stays started; a failed start can be retried. */
  start(): Promise<void> {
    this.opening ??= this.open().catch((error: unknown) => {
      this.opening = undefined;
      throw error;
    });
    return this.opening;
  }

  async dispose(): Promise<void> {
    // Hang up first: leaving without hangUp() keeps a ghost participant in the call for ~60 s (§9).
    await Promise.allSettled(this.state.book.liveCalls().map((call) => call.hangUp()));
    await this.connection.close();
    this.state.set({ connection: 'disposed', connectionReason: undefined });
  }

  getSnapshot(): EngineSnapshot {
    return this.state.snapshot;
  }

  subscribe(listener: SnapshotListener): () => void {
    return this.state.subscribe(listener);
  }

  startCall(targets: RawId[], options: StartCallOptions = {}): Promise<string> {
    return this.attempt(async () => {
      const agent = this.connection.agent;
      if (!agent) throw new EngineFailure('Not connected to ACS.', ERR.disconnected.code);
      const { participants, options: callOptions } = startCallTargets(this.sdk, targets, options.alternateCallerId);
      return this.state.track(agent.startCall(participants, callOptions)).snapshot.id;
    });
  }

  accept(incomingId: string): Promise<string> {
    return this.attempt(async () => this.state.track(await this.takeRinging(incomingId).accept()).snapshot.id);
  }

  reject(incomingId: string): Promise<void> {
    return this.attempt(() => this.takeRinging(incomingId).reject());
  }

  hold(callId: string): Promise<void> {
    return this.onCall(callId, (call) => call.hold());
  }

  resume(callId: string): Promise<void> {
    return this.onCall(callId, (call) => call.resume());
  }

  setMuted(callId: string, muted: boolean): Promise<void> {
    return this.onCall(callId, (call) => (muted ? call.mute() : call.unmute()));
  }

  hangUp(callId: string): Promise<void> {
    return this.onCall(callId, (call) => call.hangUp());
  }

  transfer(request: TransferRequest): Promise<TransferSnapshot> {
    const { book } = this.state;
    const hooks: TransferHooks = {
      sdk: this.sdk,
      isConnected: () => this.state.snapshot.connection === 'connected',
      currentCallId: (callId) => book.find(callId)?.call.id ?? callId,
      update: (record, transfer, error) => this.state.updateTransfer(record, transfer, error),
      report: (lastError) => this.state.set({ lastError }),
    };
    return new TransferRun(hooks, book.find(request.callId), request).run();
  }

  dismiss(callId: string): Promise<void> {
    return this.attempt(async () => {
      if (!this.state.book.dismiss(callId)) throw new EngineFailure(`No ended call ${callId} to dismiss.`, ERR.notFound.code);
      this.state.publish();
    });
  }

  private async open(): Promise<void> {
    this.state.set({ connection: 'starting', connectionReason: undefined });
    try {
      await this.connection.open();
    } catch (error) {
      const lastError = toEngineError(error, ERR.disconnected, Date.now());
      this.state.set({ connection: 'failed', lastError });
      throw toFailure(lastError);
    }
  }

  private takeRinging(incomingId: string): SdkIncomingCall {
    const incoming = this.state.book.takeRinging(incomingId);
    if (!incoming) throw new EngineFailure(`No incoming call ${incomingId}.`, ERR.notFound.code);
    this.state.publish();
    return incoming;
  }

  private recordOf(callId: string): CallRecord {
    const record = this.state.book.find(callId);
    if (!record) throw new EngineFailure(`No call ${callId}.`, ERR.notFound.code);
    return record;
  }

  private onCall(callId: string, act: (call: SdkCall) => Promise<void>): Promise<void> {
    return this.attempt(() => act(this.recordOf(callId).call));
  }

  /** Runs an operation; a failure becomes lastError and rejects as an EngineFailure. */
  private async attempt<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      throw toFailure(this.state.report(error, ERR.badState));
    }
  }
}

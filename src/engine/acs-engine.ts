// The one CallEngine, on the ACS Calling SDK port (sdk-port.ts). In production it runs in the calling
// host page on the real SDK, which refuses chrome-extension:// pages (docs/acs-sdk.md §1); in simulated
// mode and in every test it runs on the simulated SDK (sim/). Every SDK event is one published revision.
import { ERR } from '../shared/call-errors.ts';
import {
  EngineFailure,
  isLive,
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
import { realClock, Timers, type Clock } from './clock.ts';
import type { CallRecord } from './call-projection.ts';
import { EngineState } from './engine-state.ts';
import { toEngineError, toFailure } from './sdk-errors.ts';
import type { CallingSdk, SdkCall, SdkIncomingCall } from './sdk-port.ts';
import { startCallTargets } from './targets.ts';
import type { TokenFetcher } from './token.ts';

export interface AcsEngineOptions {
  readonly sdk: CallingSdk;
  readonly fetchToken: TokenFetcher;
  readonly displayName?: string;
  /** Waits before each attempt to restore a lost connection; bounded, so no retry storm. */
  readonly retryDelaysMs?: readonly number[];
  /** Which SDK it runs on, as snapshots tell the views. */
  readonly kind?: EngineSnapshot['engine'];
  readonly initialRev?: number;
  readonly clock?: Clock;
}

const DEFAULT_RETRY_DELAYS_MS = [2_000, 5_000, 10_000, 30_000, 60_000];

export class AcsCallEngine implements CallEngine {
  private readonly sdk: CallingSdk;
  private readonly timers: Timers;
  private readonly state: EngineState;
  private readonly connection: AgentConnection;
  private readonly accepting = new Set<string>();
  private opening?: Promise<void>;
  private disposed = false;

  constructor(options: AcsEngineOptions) {
    const { sdk, fetchToken, displayName, retryDelaysMs = DEFAULT_RETRY_DELAYS_MS } = options;
    this.sdk = sdk;
    this.timers = new Timers(options.clock ?? realClock);
    this.state = new EngineState(sdk, this.timers, options.kind ?? 'acs', options.initialRev ?? 0);
    this.connection = new AgentConnection(sdk, { fetchToken, retryDelaysMs, displayName, timers: this.timers }, this.state);
    // A new agent would end the calls in progress: recovery waits for the last one to end.
    this.state.subscribe((snapshot) => {
      if (!snapshot.calls.some(isLive)) this.connection.noLiveCalls();
    });
  }

  /** Safe to call again: a started engine stays started; a failed start can be retried. */
  start(): Promise<void> {
    if (this.disposed) return Promise.reject(EngineFailure.of('The engine has been disposed.', ERR.disconnected));
    this.opening ??= this.open().catch((error: unknown) => {
      this.opening = undefined;
      throw error;
    });
    return this.opening;
  }

  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    // Hang up first: leaving without hangUp() keeps a ghost participant in the call for ~60 s (docs/acs-sdk.md §14).
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
      if (!agent || this.state.snapshot.connection !== 'connected') throw EngineFailure.of('Not connected to ACS.', ERR.disconnected);
      const { participants, options: callOptions } = startCallTargets(this.sdk, targets, options.alternateCallerId);
      return this.state.track(agent.startCall(participants, callOptions)).snapshot.id;
    });
  }

  /** A failed accept leaves the call ringing, to be accepted again. */
  accept(incomingId: string): Promise<string> {
    return this.attempt(async () => {
      const incoming = this.ringing(incomingId);
      if (this.accepting.has(incomingId)) throw EngineFailure.of('That call is already being accepted.', ERR.badState);
      this.accepting.add(incomingId);
      try {
        const call = await incoming.accept();
        this.state.book.takeRinging(incomingId);
        return this.state.track(call).snapshot.id;
      } finally {
        this.accepting.delete(incomingId);
      }
    });
  }

  reject(incomingId: string): Promise<void> {
    return this.attempt(async () => {
      await this.ringing(incomingId).reject();
      this.state.book.takeRinging(incomingId);
      this.state.publish();
    });
  }

  hold(callId: string): Promise<void> {
    return this.onCall(callId, (call) => call.hold());
  }

  resume(callId: string): Promise<void> {
    return this.onCall(callId, (call) => {
      if (call.state !== 'LocalHold') throw EngineFailure.of('The call is not on hold.', ERR.badState);
      return call.resume();
    });
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
      timers: this.timers,
      isConnected: () => this.state.snapshot.connection === 'connected',
      currentCallId: (callId) => book.find(callId)?.call.id ?? callId,
      isLiveCall: (callId) => {
        const record = book.find(callId);
        return record !== undefined && isLive(record.snapshot);
      },
      update: (record, transfer, error) => this.state.updateTransfer(record, transfer, error),
      report: (lastError) => this.state.set({ lastError }),
    };
    return new TransferRun(hooks, book.find(request.callId), request).run();
  }

  dismiss(callId: string): Promise<void> {
    return this.attempt(async () => {
      const record = this.recordOf(callId);
      if (isLive(record.snapshot)) throw EngineFailure.of('Only an ended call can be dismissed.', ERR.badState);
      this.state.book.dismiss(callId);
      this.state.publish();
    });
  }

  private async open(): Promise<void> {
    this.state.set({ connection: 'starting', connectionReason: undefined });
    try {
      await this.connection.open();
    } catch (error) {
      const lastError = toEngineError(error, ERR.disconnected, this.timers.now());
      this.state.set({ connection: 'failed', lastError });
      throw toFailure(lastError);
    }
  }

  private ringing(incomingId: string): SdkIncomingCall {
    const incoming = this.state.book.ringingCall(incomingId);
    if (!incoming) throw EngineFailure.of('That incoming call is no longer ringing.', ERR.notFound);
    return incoming;
  }

  private recordOf(callId: string): CallRecord {
    const record = this.state.book.find(callId);
    if (!record) throw EngineFailure.of('There is no such call.', ERR.notFound);
    return record;
  }

  /** Acts on a live call; an ended one takes no more commands. */
  private onCall(callId: string, act: (call: SdkCall) => Promise<void>): Promise<void> {
    return this.attempt(() => {
      const record = this.recordOf(callId);
      if (!isLive(record.snapshot)) throw EngineFailure.of('That call has ended.', ERR.notFound);
      return act(record.call);
    });
  }

  /** Runs an operation; a failure becomes lastError and rejects as an EngineFailure. */
  private async attempt<T>(operation: () => Promise<T>): Promise<T> {
    try {
      if (this.disposed) throw EngineFailure.of('The engine has been disposed.', ERR.disconnected);
      return await operation();
    } catch (error) {
      throw toFailure(this.state.report(error, ERR.badState));
    }
  }
}

// Everything AcsCallEngine publishes: the connection facts, the call book and the agent being
// watched. It is the connection's hook target, and every change to it is one new revision.
import { ERR } from '../shared/call-errors.ts';
import {
  EngineFailure,
  type ConnectionReason,
  type ConnectionStatus,
  type EngineError,
  type EngineSnapshot,
  type ErrorCode,
  type SnapshotListener,
  type TransferSnapshot,
} from '../shared/engine.ts';
import { SnapshotPublisher, type SnapshotContent } from '../shared/snapshot-publisher.ts';
import type { ConnectionHooks } from './agent-connection.ts';
import { AgentWatch } from './agent-watch.ts';
import { CallBook } from './call-book.ts';
import type { CallRecord } from './call-projection.ts';
import { toEngineError } from './sdk-errors.ts';
import type { CallingSdk, SdkCall, SdkCallAgent } from './sdk-port.ts';
import type { Timers } from './clock.ts';

type ConnectionFacts = Omit<SnapshotContent, 'calls' | 'incoming'>;

export class EngineState implements ConnectionHooks {
  readonly book: CallBook;
  private readonly publisher: SnapshotPublisher;
  private facts: ConnectionFacts = { connection: 'idle' };
  private watch?: AgentWatch;
  private readonly now: () => number;

  constructor(
    private readonly sdk: CallingSdk,
    timers: Timers,
    kind: EngineSnapshot['engine'],
    initialRev: number,
  ) {
    this.now = () => timers.now();
    this.book = new CallBook(sdk, this.now);
    this.publisher = new SnapshotPublisher(kind, initialRev);
  }

  get snapshot(): EngineSnapshot {
    return this.publisher.snapshot;
  }

  subscribe(listener: SnapshotListener): () => void {
    return this.publisher.subscribe(listener);
  }

  hasLiveCalls(): boolean {
    return this.book.liveCalls().length > 0;
  }

  attach(agent: SdkCallAgent): void {
    this.watch = new AgentWatch(this.sdk, this.book, () => this.publish(), this.now);
    this.watch.watch(agent);
  }

  detach(): void {
    this.watch?.release();
    this.watch = undefined;
    this.book.agentGone();
    this.publish();
  }

  status(connection: ConnectionStatus, connectionReason?: ConnectionReason): void {
    this.set({ connection, connectionReason });
  }

  error(error: unknown): void {
    this.report(error, ERR.disconnected);
  }

  identity(self: string): void {
    if (this.facts.self !== self) this.set({ self });
  }

  /** Follows a call the engine itself started or accepted. */
  track(call: SdkCall): CallRecord {
    if (!this.watch) throw EngineFailure.of('Not connected to ACS.', ERR.disconnected);
    const known = this.book.recordOf(call);
    const record = this.watch.track(call);
    // A call the agent already reported (callsUpdated) is in the last revision already.
    if (!known) this.publish();
    return record;
  }

  /** Sets lastError from anything thrown; `fallback` is the code when it carries none. */
  report(error: unknown, fallback: ErrorCode): EngineError {
    const lastError = toEngineError(error, fallback, this.now());
    this.set({ lastError });
    return lastError;
  }

  updateTransfer(record: CallRecord, transfer: TransferSnapshot, failure: EngineError | undefined): void {
    record.transfer = transfer;
    this.book.refresh(record);
    this.set(failure ? { lastError: failure } : {});
  }

  set(change: Partial<ConnectionFacts>): void {
    this.facts = { ...this.facts, ...change };
    this.publish();
  }

  publish(): void {
    this.publisher.publish({ ...this.facts, calls: this.book.calls(), incoming: this.book.incoming() });
  }
}

// The simulated engine's single owner of state: the mutable model, time, and the publisher that
// turns the model into immutable, JSON-safe snapshots with a rising rev (DESIGN.md: one owner of
// state, views as projections of a snapshot).
import { SnapshotPublisher } from '../../shared/snapshot-publisher.ts';
import {
  EngineFailure,
  type ConnectionReason,
  type ConnectionStatus,
  type EngineError,
  type EngineSnapshot,
  type ErrorCode,
  type IncomingSnapshot,
  type RawId,
  type SnapshotListener,
} from '../../shared/engine.ts';
import { CallBook } from './call-book.ts';
import type { Timers } from './clock.ts';
import { errorMessage, failureOf } from './failures.ts';
import type { Scenario } from './scenario.ts';

/** Everything in a snapshot except the calls; never holds `undefined` values (they are not JSON). */
export interface AgentState {
  connection: ConnectionStatus;
  connectionReason?: ConnectionReason;
  self?: RawId;
  incoming: IncomingSnapshot[];
  lastError?: EngineError;
}

export class SimWorld {
  readonly calls = new CallBook();
  readonly agent: AgentState = { connection: 'idle', incoming: [] };
  readonly #publisher: SnapshotPublisher;
  #lastId = 0;

  constructor(
    readonly scenario: Scenario,
    readonly timers: Timers,
    initialRev: number,
  ) {
    this.#publisher = new SnapshotPublisher('simulated', initialRev);
  }

  get snapshot(): EngineSnapshot {
    return this.#publisher.snapshot;
  }

  now(): number {
    return this.timers.now();
  }

  wait(ms: number): Promise<void> {
    return this.timers.wait(ms);
  }

  nextId(prefix: string): string {
    this.#lastId += 1;
    return `${prefix}-${this.#lastId}`;
  }

  subscribe(listener: SnapshotListener): () => void {
    return this.#publisher.subscribe(listener);
  }

  publish(): void {
    this.#publisher.publish({ ...this.agent, calls: this.calls.snapshots() });
  }

  /** Publishes one last snapshot, then nothing more: the engine is gone. */
  close(): void {
    this.publish();
    this.#publisher.close();
  }

  recordError(error: ErrorCode, origin: EngineError['origin'], message = errorMessage(error)): void {
    this.agent.lastError = { code: error.code, subCode: error.subCode ?? 0, message, origin, at: this.now() };
  }

  /** Records a failed operation in the snapshot and returns the failure to reject it with. */
  failure(error: ErrorCode, origin: EngineError['origin'], message = errorMessage(error)): EngineFailure {
    this.recordError(error, origin, message);
    this.publish();
    return failureOf(error, message);
  }

  /** Runs a flow nobody awaits. Its EngineFailures are already in lastError; anything else is a bug and surfaces. */
  spawn(flow: Promise<unknown>): void {
    flow.catch((error: unknown) => {
      if (!(error instanceof EngineFailure)) throw error;
    });
  }
}

// The simulated engine's single owner of state: the mutable model, time, and the publisher that
// turns the model into immutable, JSON-safe snapshots with a rising rev (DESIGN.md: one owner of
// state, views as projections of a snapshot).
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
  readonly #listeners = new Set<SnapshotListener>();
  /** Snapshots not yet delivered: a listener may cause a publish, and everyone must still see revs in order. */
  readonly #outbox: EngineSnapshot[] = [];
  #delivering = false;
  #closed = false;
  #latest: EngineSnapshot;
  #lastId = 0;

  constructor(
    readonly scenario: Scenario,
    readonly timers: Timers,
    initialRev: number,
  ) {
    if (!Number.isSafeInteger(initialRev) || initialRev < 0) {
      throw new RangeError(`initialRev must be a whole number ≥ 0, got ${initialRev}`);
    }
    this.#latest = this.#build(initialRev);
  }

  get snapshot(): EngineSnapshot {
    return this.#latest;
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
    if (!this.#closed) this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  publish(): void {
    if (this.#closed) return;
    this.#latest = this.#build(this.#latest.rev + 1);
    this.#outbox.push(this.#latest);
    if (this.#delivering) return;
    this.#delivering = true;
    for (let next = this.#outbox.shift(); next; next = this.#outbox.shift()) this.#deliver(next);
    this.#delivering = false;
  }

  /** Publishes one last snapshot, then nothing more: the engine is gone. */
  close(): void {
    this.publish();
    this.#closed = true;
    this.#listeners.clear();
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

  #deliver(snapshot: EngineSnapshot): void {
    for (const listener of [...this.#listeners]) {
      try {
        listener(snapshot);
      } catch (error) {
        // One broken listener must not stop the others or the simulation; report it outside this call stack.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }

  #build(rev: number): EngineSnapshot {
    const data: EngineSnapshot = { rev, engine: 'simulated', ...this.agent, calls: this.calls.snapshots() };
    return deepFreeze(structuredClone(data));
  }
}

export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

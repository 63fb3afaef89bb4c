// Numbers and hands out snapshots: every publish is a new frozen copy, one revision higher than the
// last, so views can drop anything older than what they have (docs/design.md, Contracts). Both engines
// publish through it.
import type { EngineSnapshot, SnapshotListener } from './engine.ts';
import { deepFreeze, definedOnly } from './plain-data.ts';

/** A snapshot's content: everything but the revision and the engine kind. */
export type SnapshotContent = Omit<EngineSnapshot, 'rev' | 'engine'>;

export class SnapshotPublisher {
  private current: EngineSnapshot;
  private readonly listeners = new Set<SnapshotListener>();
  /** Published but not yet delivered: a listener may publish again, and everyone must still see revs in order. */
  private readonly outbox: EngineSnapshot[] = [];
  private delivering = false;
  private closed = false;

  constructor(
    private readonly engine: EngineSnapshot['engine'],
    initialRev = 0,
  ) {
    if (!Number.isSafeInteger(initialRev) || initialRev < 0) {
      throw new RangeError(`initialRev must be a whole number ≥ 0, got ${initialRev}`);
    }
    this.current = deepFreeze({ rev: initialRev, engine, connection: 'idle', calls: [], incoming: [] });
  }

  get snapshot(): EngineSnapshot {
    return this.current;
  }

  /** Copies the content (the engine's model stays its own to change), freezes it and delivers it. */
  publish(content: SnapshotContent): EngineSnapshot {
    if (this.closed) return this.current;
    const snapshot = deepFreeze(structuredClone(definedOnly({ ...content, rev: this.current.rev + 1, engine: this.engine })));
    this.current = snapshot;
    this.outbox.push(snapshot);
    if (!this.delivering) this.drain();
    return snapshot;
  }

  subscribe(listener: SnapshotListener): () => void {
    if (!this.closed) this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Publishes nothing more: the engine is gone. */
  close(): void {
    this.closed = true;
    this.listeners.clear();
  }

  private drain(): void {
    this.delivering = true;
    for (let next = this.outbox.shift(); next; next = this.outbox.shift()) this.deliver(next);
    this.delivering = false;
  }

  private deliver(snapshot: EngineSnapshot): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(snapshot);
      } catch (error) {
        // A broken listener must not stop the others, nor the engine event that published.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }
}

// Numbers and hands out snapshots: every publish is a new frozen revision, one higher than the last,
// so views can drop anything older than what they have (DESIGN.md, Contracts).
import type { EngineSnapshot, SnapshotListener } from '../../shared/engine.ts';
import { deepFreeze, definedOnly } from './plain-data.ts';

/** A snapshot's content: everything but the revision and the engine kind. */
export type SnapshotContent = Omit<EngineSnapshot, 'rev' | 'engine'>;

export class SnapshotPublisher {
  private current: EngineSnapshot;
  private readonly listeners = new Set<SnapshotListener>();

  constructor(
    private readonly engine: EngineSnapshot['engine'],
    initialRev = 0,
  ) {
    this.current = deepFreeze({ rev: initialRev, engine, connection: 'idle', calls: [], incoming: [] });
  }

  get snapshot(): EngineSnapshot {
    return this.current;
  }

  publish(content: SnapshotContent): EngineSnapshot {
    const snapshot = deepFreeze(definedOnly({ ...content, rev: this.current.rev + 1, engine: this.engine }));
    this.current = snapshot;
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
    return snapshot;
  }

  subscribe(listener: SnapshotListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

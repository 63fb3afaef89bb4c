// The engine the session runs when the configured one cannot be built (the ACS engine without a
// calling host address, say): it reports why, as a failed connection, and refuses every command
// with that reason instead of leaving the agent with a console that silently does nothing.
import { EngineFailure, type CallEngine, type EngineSnapshot, type SnapshotListener, type TransferSnapshot } from '../shared/engine.ts';
import { ERR } from '../shared/call-errors.ts';

export class UnavailableEngine implements CallEngine {
  private readonly snapshot: EngineSnapshot;

  constructor(
    engine: EngineSnapshot['engine'],
    private readonly reason: string,
    initialRev: number,
  ) {
    const lastError = { ...ERR.disconnected, message: reason, origin: 'engine' as const, at: Date.now() };
    this.snapshot = Object.freeze({ rev: initialRev + 1, engine, connection: 'failed', calls: [], incoming: [], lastError });
  }

  async start(): Promise<void> {}
  async dispose(): Promise<void> {}

  getSnapshot(): EngineSnapshot {
    return this.snapshot;
  }

  subscribe(listener: SnapshotListener): () => void {
    queueMicrotask(() => listener(this.snapshot));
    return () => undefined;
  }

  private refuse(): Promise<never> {
    return Promise.reject(new EngineFailure(this.reason, ERR.disconnected.code, ERR.disconnected.subCode));
  }

  startCall = (): Promise<string> => this.refuse();
  accept = (): Promise<string> => this.refuse();
  reject = (): Promise<void> => this.refuse();
  hold = (): Promise<void> => this.refuse();
  resume = (): Promise<void> => this.refuse();
  setMuted = (): Promise<void> => this.refuse();
  hangUp = (): Promise<void> => this.refuse();
  dismiss = (): Promise<void> => this.refuse();
  transfer = (): Promise<TransferSnapshot> => this.refuse();
}

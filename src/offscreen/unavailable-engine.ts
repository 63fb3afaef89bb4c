// The engine the session runs when the configured one cannot be built (the ACS engine without a
// calling host address, say): it reports why, as a failed connection, and refuses every operation
// of the table (shared/engine-operations.ts) with that reason instead of leaving the agent with a
// console that silently does nothing.
import { EngineFailure, type CallEngine, type EngineSnapshot } from '../shared/engine.ts';
import { refuseOperations } from '../shared/engine-operations.ts';
import { ERR } from '../shared/call-errors.ts';

export function unavailableEngine(engine: EngineSnapshot['engine'], reason: string, initialRev: number): CallEngine {
  const lastError = { ...ERR.disconnected, message: reason, origin: 'engine' as const, at: Date.now() };
  const snapshot: EngineSnapshot = Object.freeze({ rev: initialRev + 1, engine, connection: 'failed', calls: [], incoming: [], lastError });
  return {
    start: async () => undefined,
    dispose: async () => undefined,
    getSnapshot: () => snapshot,
    subscribe: (listener) => {
      queueMicrotask(() => listener(snapshot));
      return () => undefined;
    },
    ...refuseOperations(() => Promise.reject(EngineFailure.of(reason, ERR.disconnected))),
  };
}

// Consult first, derived from the snapshot alone (issue 4, point 2): two calls at once, one of
// them on our hold, is a consultation, whatever started it. The popup keeps no flag of its own,
// so a consult started from a page control, or still going when the popup reopens, shows the same.
import { isLive, type CallSnapshot, type EngineSnapshot } from '../shared/engine.ts';
import type { EngineCommand } from '../shared/protocol.ts';

export interface ConsultPair {
  /** The call to hand over: the older of the two. */
  original: CallSnapshot;
  /** The call to the target, which the original is transferred into. */
  consult: CallSnapshot;
}

export function findConsult(snapshot: EngineSnapshot): ConsultPair | undefined {
  // A call being hung up is already leaving the pair (cancel, or the end of a completed transfer).
  const live = snapshot.calls.filter((call) => isLive(call) && call.state !== 'Disconnecting');
  const [original, consult] = live; // the snapshot lists calls oldest first
  if (live.length !== 2 || !original || !consult) return undefined;
  return live.some((call) => call.state === 'LocalHold') ? { original, consult } : undefined;
}

/** The consult call can take the original once the target has answered. */
export function canComplete({ original, consult }: ConsultPair): boolean {
  return consult.connectedAt !== undefined && original.transfer?.state !== 'Transferring';
}

/** Completing: the original goes into the consult call, which the service then replaces. */
export function completeCommand({ original, consult }: ConsultPair, hangUpOnSuccess: boolean): EngineCommand {
  return { type: 'transfer', request: { callId: original.id, mode: 'call', target: consult.id, hangUpOnSuccess } };
}

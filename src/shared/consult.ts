// Consult first, derived from the snapshot alone (issue 4, point 2): two calls at once, one of
// them on our hold, is a consultation, whatever started it. No view keeps a flag of its own, so a
// consult started from a page control, or still going when the popup reopens, shows the same; the
// session owner finds the same pair when it completes or cancels one (src/offscreen/sequences.ts).
import { isLive, type CallSnapshot, type EngineSnapshot } from './engine.ts';

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

// The simulated SDK's calls, addressable by every id they have had. The SDK may change a call's
// id between Connecting and Connected (idChanged, notes/acs-sdk.md §12); a view or command that
// still holds the first id must keep reaching the same call.
import { isLive, type CallSnapshot } from '../../shared/engine.ts';
import type { SimTransfer } from './sdk-transfer.ts';

/** A call as the simulated SDK holds it: the mutable draft of its snapshot, and its transfer under way. */
export interface SimCall {
  snap: CallSnapshot;
  sdkTransfer?: SimTransfer;
}

export class CallBook {
  #calls: SimCall[] = [];
  readonly #byId = new Map<string, SimCall>();

  /** Adds a call; ended calls make way for it (DESIGN.md: kept until dismissed or a new call takes their place). */
  add(snap: CallSnapshot): SimCall {
    for (const ended of this.#calls.filter((call) => !isLive(call.snap))) this.remove(ended);
    const call: SimCall = { snap };
    this.#calls.push(call);
    this.#byId.set(snap.id, call);
    return call;
  }

  find(id: string): SimCall | undefined {
    return this.#byId.get(id);
  }

  changeId(call: SimCall, id: string): void {
    call.snap.id = id;
    this.#byId.set(id, call);
  }

  remove(call: SimCall): void {
    this.#calls = this.#calls.filter((other) => other !== call);
    for (const [id, owner] of this.#byId) if (owner === call) this.#byId.delete(id);
  }

  live(): SimCall[] {
    return this.#calls.filter((call) => isLive(call.snap));
  }

  snapshots(): CallSnapshot[] {
    return this.#calls.map((call) => call.snap);
  }
}

// Follows one CallAgent and its calls, turning every SDK event into a book update plus a published
// snapshot. When the agent is replaced or the engine disposed, `release()` silences every listener:
// the guard flag stands in for off(), which the Transfer feature gets wrong (docs/acs-sdk.md §9).
import type { CallRecord } from './call-projection.ts';
import { partyOf } from './call-projection.ts';
import type { CallBook } from './call-book.ts';
import type { CallingSdk, SdkCall, SdkCallAgent, SdkIncomingCall } from './sdk-port.ts';

export class AgentWatch {
  private active = true;

  constructor(
    private readonly sdk: CallingSdk,
    private readonly book: CallBook,
    private readonly changed: () => void,
    private readonly now: () => number,
  ) {}

  watch(agent: SdkCallAgent): void {
    agent.on('callsUpdated', ({ added, removed }) => this.guarded(() => this.callsUpdated(added, removed)));
    agent.on('incomingCall', ({ incomingCall }) => this.guarded(() => this.ring(incomingCall)));
    for (const call of agent.calls) this.track(call);
    this.changed();
  }

  /** Starts following `call` (once; later calls return the same record). */
  track(call: SdkCall): CallRecord {
    const { record, isNew } = this.book.track(call);
    if (isNew) this.follow(record);
    return record;
  }

  release(): void {
    this.active = false;
  }

  private follow(record: CallRecord): void {
    const { call } = record;
    const refresh = (): void => this.guarded(() => this.refresh(record));
    call.on('stateChanged', refresh);
    call.on('idChanged', refresh);
    call.on('isMutedChanged', refresh);
    call.on('remoteParticipantsUpdated', refresh);
    // The transferee side only works once the feature has been touched (docs/acs-sdk.md §9): touch it at once.
    call.feature(this.sdk.Features.Transfer).on('transferAccepted', ({ targetCall }) =>
      this.guarded(() => this.transferAccepted(record, targetCall)),
    );
  }

  private transferAccepted(original: CallRecord, targetCall: SdkCall): void {
    const record = this.track(targetCall);
    record.transferredBy ??= partyOf(this.sdk, targetCall.transferorInfo) ?? original.snapshot.remote[0];
    this.refresh(record);
  }

  private callsUpdated(added: SdkCall[], removed: SdkCall[]): void {
    // An accepted incoming call joins under its own id: it rings no more, in the same revision.
    for (const call of added) this.book.takeRinging(call.id);
    for (const call of added) this.track(call);
    for (const call of removed) {
      const record = this.book.recordOf(call);
      if (record) this.book.refresh(record);
    }
    this.changed();
  }

  private ring(incoming: SdkIncomingCall): void {
    const caller = partyOf(this.sdk, incoming.callerInfo) ?? { rawId: '' };
    const transferredBy = partyOf(this.sdk, incoming.transferorInfo);
    const snapshot = { id: incoming.id, caller, receivedAt: this.now(), ...(transferredBy && { transferredBy }) };
    this.book.ring(incoming, snapshot);
    incoming.on('callEnded', () => this.guarded(() => this.stopRinging(incoming.id)));
    this.changed();
  }

  private stopRinging(incomingId: string): void {
    if (this.book.takeRinging(incomingId)) this.changed();
  }

  private refresh(record: CallRecord): void {
    this.book.refresh(record);
    this.changed();
  }

  private guarded(handle: () => void): void {
    if (this.active) handle();
  }
}

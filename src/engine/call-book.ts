// The calls and ringing calls the engine knows. Ended calls stay, with their final state and
// transfer outcome, until the agent dismisses them or a new call takes their place (docs/design.md).
import { isLive, type CallSnapshot, type IncomingSnapshot } from '../shared/engine.ts';
import { createRecord, refreshRecord, type CallRecord } from './call-projection.ts';
import type { CallingSdk, SdkCall, SdkIncomingCall } from './sdk-port.ts';

interface Ringing {
  readonly incoming: SdkIncomingCall;
  readonly snapshot: IncomingSnapshot;
}

export class CallBook {
  private records: CallRecord[] = [];
  private readonly ringing = new Map<string, Ringing>();

  constructor(
    private readonly sdk: CallingSdk,
    private readonly now: () => number,
  ) {}

  /** The record for `call`, created (replacing ended calls) the first time the call is seen. */
  track(call: SdkCall): { record: CallRecord; isNew: boolean } {
    const known = this.recordOf(call);
    if (known) return { record: known, isNew: false };
    this.records = this.records.filter((record) => isLive(record.snapshot));
    const record = createRecord(this.sdk, call, this.now());
    this.records.push(record);
    return { record, isNew: true };
  }

  recordOf(call: SdkCall): CallRecord | undefined {
    return this.records.find((record) => record.call === call);
  }

  /** Finds a call by any id it has had: ids change on idChanged (docs/acs-sdk.md). */
  find(callId: string): CallRecord | undefined {
    return this.records.find((record) => record.ids.has(callId));
  }

  refresh(record: CallRecord): void {
    refreshRecord(this.sdk, record, this.now());
  }

  /** Removes an ended call; false when there is no such ended call. */
  dismiss(callId: string): boolean {
    const record = this.find(callId);
    if (!record || isLive(record.snapshot)) return false;
    this.records = this.records.filter((candidate) => candidate !== record);
    return true;
  }

  calls(): CallSnapshot[] {
    return this.records.map((record) => record.snapshot);
  }

  liveCalls(): SdkCall[] {
    return this.records.filter((record) => isLive(record.snapshot)).map((record) => record.call);
  }

  ring(incoming: SdkIncomingCall, snapshot: IncomingSnapshot): void {
    this.ringing.set(incoming.id, { incoming, snapshot });
  }

  ringingCall(incomingId: string): SdkIncomingCall | undefined {
    return this.ringing.get(incomingId)?.incoming;
  }

  /** Removes a ringing call and returns it (undefined when it no longer rings). */
  takeRinging(incomingId: string): SdkIncomingCall | undefined {
    const entry = this.ringing.get(incomingId);
    this.ringing.delete(incomingId);
    return entry?.incoming;
  }

  incoming(): IncomingSnapshot[] {
    return [...this.ringing.values()].map((entry) => entry.snapshot);
  }

  /** The agent is gone: its ringing calls with it, and its live calls end as lost. */
  agentGone(): void {
    this.ringing.clear();
    for (const record of this.records.filter((candidate) => isLive(candidate.snapshot))) {
      record.lost = true;
      this.refresh(record);
    }
  }
}

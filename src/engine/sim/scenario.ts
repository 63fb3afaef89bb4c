// The simulated world as data: who is on the line, how targets behave, how long things take.
// Timings are milliseconds at timeScale 1 and follow what the real SDK and service do
// (docs/acs-sdk.md: call setup and the documented timeouts).
import type { PartySnapshot, RawId } from '../../shared/engine.ts';
import { classifyRawId } from '../../shared/raw-id.ts';

/** How a callee or transfer target behaves. */
export type TargetOutcome = 'answer' | 'decline' | 'noAnswer' | 'unknown';

/** A target whose raw id ends with `endsWith` behaves as `outcome`; the first matching rule wins. */
export interface TargetRule {
  endsWith: string;
  outcome: TargetOutcome;
}

export interface SimTimings {
  /** createCallAgent until the agent is connected. */
  agentConnect: number;
  /** Connecting until the callee's phone rings (Ringing); also an accepted call's Connecting. */
  callConnect: number;
  /** Ringing until an answering callee picks up. */
  ringing: number;
  /** Ringing until a declining callee or transfer target says no. */
  decline: number;
  /** An unanswered 1:1 VoIP call gives up after this (docs/acs-sdk.md: "1:1 call setup 85 s"). */
  callSetupTimeout: number;
  /** An unanswered call to a phone number gives up after this (docs/acs-sdk.md: "PSTN setup 115 s"). */
  pstnSetupTimeout: number;
  hold: number;
  resume: number;
  /** Disconnecting until Disconnected after our hangUp(). */
  hangUp: number;
  /** Transferring until an answering target takes the call. */
  transferRinging: number;
  /** An unanswered transfer fails after this (docs/acs-sdk.md: "call transfer 60 s"). */
  transferTimeout: number;
  /** Transferring until a Teams user's voicemail takes the call; voicemail always answers. */
  voicemailAnswer: number;
  /** Transferring until the service has merged the original call into the consult call. */
  consultReplace: number;
  /** A ringing incoming call nobody accepts is missed after this. */
  incomingTimeout: number;
  /** After a connection issue the SDK reconnects by itself after about this long. */
  reconnect: number;
  /** After Transferred, the service ends the transferor's leg itself after this, if it is still up. */
  serviceEndsTransferred?: number;
}

export interface Scenario {
  /** The agent's own ACS identity (`8:acs:…`). */
  self: RawId;
  /** The simulated resource's phone number, the caller id for calls to phone numbers (E.164). */
  callerId: string;
  /** The customer on the demo call. */
  demoCustomer: PartySnapshot;
  /** The customer who rings in ('incomingCall'), and who a colleague transfers to us ('incomingTransfer'). */
  caller: PartySnapshot;
  /** A Teams colleague: the transferor of 'incomingTransfer', and a good consult or voicemail target. */
  colleague: PartySnapshot;
  targetRules: TargetRule[];
  timings: SimTimings;
}

export const DEFAULT_SCENARIO: Scenario = {
  self: '8:acs:7f3c9a52-1d4e-4b8a-9c2f-5e6d7a8b9c0d_00000020-4a1b-2c3d-4e5f-60718293a4b5',
  callerId: '+14255550100',
  demoCustomer: { rawId: '4:+14255550123', displayName: 'Alex Rivera' },
  caller: { rawId: '4:+14255550188', displayName: 'Jordan Lee' },
  colleague: { rawId: '8:orgid:6f1c2a3b-4d5e-4f60-8a71-92b3c4d5e6f7', displayName: 'Sam Patel' },
  targetRules: [
    { endsWith: '0000', outcome: 'decline' },
    { endsWith: '9999', outcome: 'noAnswer' },
    { endsWith: '4040', outcome: 'unknown' },
  ],
  timings: {
    agentConnect: 300,
    callConnect: 300,
    ringing: 1500,
    decline: 2000,
    callSetupTimeout: 85_000,
    pstnSetupTimeout: 115_000,
    hold: 200,
    resume: 200,
    hangUp: 200,
    transferRinging: 2500,
    transferTimeout: 60_000,
    voicemailAnswer: 1000,
    consultReplace: 800,
    incomingTimeout: 30_000,
    reconnect: 5000,
  },
};

export function targetOutcome(scenario: Scenario, rawId: RawId): TargetOutcome {
  return scenario.targetRules.find((rule) => rawId.endsWith(rule.endsWith))?.outcome ?? 'answer';
}

/** How long a callee who never answers keeps a call ringing before the service gives up. */
export function setupTimeout(scenario: Scenario, rawId: RawId): number {
  const isPhone = classifyRawId(rawId)?.kind === 'phoneNumber';
  return isPhone ? scenario.timings.pstnSetupTimeout : scenario.timings.callSetupTimeout;
}

/** The party behind a raw id, with the display name the scenario knows for it. */
export function partyFor(scenario: Scenario, rawId: RawId): PartySnapshot {
  const known = [scenario.demoCustomer, scenario.caller, scenario.colleague].find((p) => p.rawId === rawId);
  return known ? { ...known } : { rawId };
}

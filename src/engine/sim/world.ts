// The simulated service behind the simulated SDK: time, the scenario, who the agent is, how each
// target behaves, and the token service. One world serves one engine; tests configure it (target
// outcomes, a failing accept) instead of writing another model of the SDK.
import { Timers, realClock, type Clock } from '../clock.ts';
import type { RawId } from '../../shared/engine.ts';
import type { IssuedToken } from '../token.ts';
import { DEFAULT_SCENARIO, targetOutcome, type Scenario, type TargetOutcome } from './scenario.ts';
import { SimSdkError } from './emitter.ts';
import type { SimCallAgent } from './agent.ts';
import type { ConnectionState } from '@azure/communication-calling';

export interface SimWorldOptions {
  scenario?: Scenario;
  clock?: Clock;
  /** Every simulated delay is multiplied by this (1 = realistic timings). */
  timeScale?: number;
}

/** How long a simulated token lives: an hour, the shortest an ACS token can be issued for. */
const TOKEN_LIFETIME_MS = 3_600_000;

export class SimWorld {
  readonly scenario: Scenario;
  readonly timers: Timers;
  readonly agents: SimCallAgent[] = [];
  /** Per-target outcomes that win over the scenario's rules (tests and scripted events set them). */
  readonly outcomes = new Map<RawId, TargetOutcome>();
  /** Each failure here makes one IncomingCall.accept() reject with it. */
  readonly acceptFailures: SimSdkError[] = [];
  /** How the next CallAgent comes up: offline, a real one resolves Disconnected (docs/acs-sdk.md). */
  nextAgentState: ConnectionState = 'Connected';
  tokensIssued = 0;
  #lastId = 0;

  constructor({ scenario = DEFAULT_SCENARIO, clock = realClock, timeScale = 1 }: SimWorldOptions = {}) {
    this.scenario = scenario;
    this.timers = new Timers(clock, timeScale);
  }

  /** The newest CallAgent: the one a live engine uses. */
  get agent(): SimCallAgent {
    const agent = this.agents.at(-1);
    if (!agent) throw new Error('No CallAgent was created yet.');
    return agent;
  }

  now(): number {
    return this.timers.now();
  }

  nextId(prefix: string): string {
    this.#lastId += 1;
    return `${prefix}-${this.#lastId}`;
  }

  /** Runs `happen` after `ms` of simulated time (scaled); returns how to cancel it. */
  after(ms: number, happen: () => void): () => void {
    return this.timers.after(ms, happen);
  }

  outcomeOf(rawId: RawId | undefined): TargetOutcome {
    if (!rawId) return 'answer';
    return this.outcomes.get(rawId) ?? targetOutcome(this.scenario, rawId);
  }

  /**
   * The token endpoint: a fresh token for the scenario's agent each time it is asked. Its expiry is
   * in wall-clock time, which the SDK's credential checks it against, whatever clock the world runs on.
   */
  readonly issueToken = async (): Promise<IssuedToken> => {
    this.tokensIssued += 1;
    return { token: simulatedJwt(this.tokensIssued), expiresOnTimestamp: Date.now() + TOKEN_LIFETIME_MS, userId: this.scenario.self };
  };

  /** Whose token this is: the simulated service issues every token to the scenario's agent. */
  identityOf(token: string): string {
    return token.startsWith('simulated-token-') ? this.scenario.self : token;
  }

  agentCreated(agent: SimCallAgent): void {
    this.agents.push(agent);
  }

  /** Stops every pending event: the engine on this world is gone. */
  dispose(): void {
    this.timers.cancelAll(new SimSdkError(503, 0, 'The simulated calling service has stopped.'));
  }
}

/** A token's text; the simulated agent reads nothing from it. */
function simulatedJwt(serial: number): string {
  return `simulated-token-${serial}`;
}

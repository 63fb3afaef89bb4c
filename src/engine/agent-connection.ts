// Owns the CallClient, the token credential and the one CallAgent, and keeps the agent alive:
// a Disconnected agent must be re-created (docs/acs-sdk.md §3, §4), with a fresh credential after
// invalidToken. Re-creating the agent ends its calls, so while a call is live recovery waits and
// runs as soon as the last call ends. Recovery is one timer at a time on a bounded backoff, so no
// event burst can start a retry storm.
import type { ConnectionState, ConnectionStateChangedReason } from '@azure/communication-calling';
import { EngineFailure, type ConnectionReason, type ConnectionStatus } from '../shared/engine.ts';
import { AgentCredential } from './agent-credential.ts';
import type { Timers } from './clock.ts';
import type { CallingSdk, SdkCallAgent, SdkCallClient } from './sdk-port.ts';
import type { TokenFetcher } from './token.ts';

export interface ConnectionOptions {
  readonly displayName?: string;
  readonly fetchToken: TokenFetcher;
  /** Wait before each recovery attempt; after the last one the connection is 'failed'. */
  readonly retryDelaysMs: readonly number[];
  readonly timers: Timers;
}

export interface ConnectionHooks {
  /** Whether a call is in progress: re-creating the agent would end it. */
  hasLiveCalls(): boolean;
  attach(agent: SdkCallAgent): void;
  detach(): void;
  status(status: ConnectionStatus, reason?: ConnectionReason): void;
  error(error: unknown): void;
  identity(rawId: string): void;
}

export class AgentConnection {
  private readonly tokens: AgentCredential;
  private client?: SdkCallClient;
  private current?: SdkCallAgent;
  private cancelRetry?: () => void;
  /** A recovery found a live call and waits for it to end. */
  private waitingForCalls = false;
  private attempts = 0;
  private reason: ConnectionReason = 'connectionIssue';
  private closed = false;

  constructor(
    private readonly sdk: CallingSdk,
    private readonly options: ConnectionOptions,
    private readonly hooks: ConnectionHooks,
  ) {
    this.tokens = new AgentCredential(sdk, options.fetchToken, (rawId) => hooks.identity(rawId));
  }

  get agent(): SdkCallAgent | undefined {
    return this.current;
  }

  /** Throws what the SDK throws, e.g. 400/40100 when the page is not https or localhost (docs/acs-sdk.md §2). */
  async open(): Promise<void> {
    this.client ??= this.sdk.createCallClient();
    await this.connect(this.client);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.stopRetry();
    await this.dropAgent();
    this.tokens.dispose();
    await this.client?.dispose();
  }

  private async connect(client: SdkCallClient): Promise<void> {
    const options = this.options.displayName ? { displayName: this.options.displayName } : {};
    const agent = await this.tokens.explainingFailures((credential) => client.createCallAgent(credential, options));
    if (this.closed) {
      await agent.dispose();
      return;
    }
    this.current = agent;
    agent.on('connectionStateChanged', ({ newValue, reason }) => {
      if (agent === this.current) this.report(newValue, reason);
    });
    this.hooks.attach(agent);
    // Offline, and sometimes at first, the agent resolves Disconnected with no event (docs/acs-sdk.md §3).
    this.report(agent.connectionState, undefined);
  }

  private report(state: ConnectionState, reason: ConnectionStateChangedReason | undefined): void {
    if (state === 'Connected') {
      this.stopRetry();
      this.waitingForCalls = false;
      this.attempts = 0;
      this.hooks.status('connected');
      return;
    }
    this.reason = reason ?? this.reason;
    this.hooks.status('disconnected', this.reason);
    this.scheduleRecovery();
  }

  /** The last live call has ended: a recovery that waited for it runs now. */
  noLiveCalls(): void {
    if (!this.waitingForCalls) return;
    this.waitingForCalls = false;
    this.stopRetry();
    void this.recover();
  }

  private scheduleRecovery(): void {
    if (this.cancelRetry !== undefined || this.closed) return;
    const delay = this.options.retryDelaysMs[this.attempts];
    if (delay === undefined) return this.giveUp();
    this.cancelRetry = this.options.timers.after(delay, () => {
      this.cancelRetry = undefined;
      void this.recover();
    });
  }

  private stopRetry(): void {
    this.cancelRetry?.();
    this.cancelRetry = undefined;
  }

  private async recover(): Promise<void> {
    if (this.closed || !this.client || this.current?.connectionState === 'Connected') return;
    if (this.hooks.hasLiveCalls()) return this.waitForCalls();
    this.attempts += 1;
    await this.dropAgent();
    if (this.reason === 'invalidToken') this.tokens.dispose();
    try {
      await this.connect(this.client);
    } catch (error) {
      this.hooks.error(error);
      this.scheduleRecovery();
    }
  }

  /**
   * The SDK restores its signalling by itself after a connection issue, and a new agent would end
   * the call: wait for it to end. (After invalidToken the SDK has already hung the calls up.)
   */
  private waitForCalls(): void {
    this.waitingForCalls = true;
  }

  private async dropAgent(): Promise<void> {
    const agent = this.current;
    this.current = undefined;
    if (!agent) return;
    // Disposed first, so the calls' last events still reach the book; then anything left is lost.
    await agent.dispose().catch(() => undefined);
    this.hooks.detach();
  }

  private giveUp(): void {
    const attempts = this.options.retryDelaysMs.length;
    this.hooks.status('failed', this.reason);
    this.hooks.error(new EngineFailure(`Lost the connection to ACS and could not restore it in ${attempts} attempts.`, 503));
  }
}

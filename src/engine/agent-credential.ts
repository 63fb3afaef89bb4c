// The token credential the CallAgent runs on: AzureCommunicationTokenCredential with a refresher and
// proactive refresh (docs/acs-sdk.md; a static token never refreshes). The SDK reports a failing
// refresher only as "Failed to get AccessToken", so the real reason is kept to be reported instead.
import type { CommunicationTokenCredential } from '@azure/communication-common';
import type { CallingSdk } from './sdk-port.ts';
import type { TokenFetcher } from './token.ts';

export class AgentCredential {
  private current?: CommunicationTokenCredential;
  /** A credential on a token fetched ahead, for the next agent. */
  private next?: CommunicationTokenCredential;
  private lastFailure?: unknown;

  constructor(
    private readonly sdk: CallingSdk,
    private readonly fetchToken: TokenFetcher,
    private readonly onIdentity: (rawId: string) => void,
  ) {}

  get credential(): CommunicationTokenCredential {
    this.current ??= this.sdk.createCredential({ refreshProactively: true, tokenRefresher: () => this.refresh() });
    return this.current;
  }

  /** Drops the credentials: they would keep serving their cached tokens, while new ones fetch others. */
  dispose(): void {
    this.current?.dispose();
    this.next?.dispose();
    this.current = undefined;
    this.next = undefined;
  }

  /** Fetches a token now, for the next agent: the sign-in is checked, and that agent need not wait. */
  async renew(): Promise<void> {
    const { token, expiresOnTimestamp } = await this.refresh();
    this.next?.dispose();
    this.next = this.sdk.createCredential({ token: { token, expiresOnTimestamp }, refreshProactively: true, tokenRefresher: () => this.refresh() });
  }

  /** The next agent runs on the renewed credential, or on a new one that fetches its own token. */
  replace(): void {
    this.current?.dispose();
    this.current = this.next;
    this.next = undefined;
  }

  /** Runs `use`; if it fails after the refresher did, throws the refresher's reason instead. */
  async explainingFailures<T>(use: (credential: CommunicationTokenCredential) => Promise<T>): Promise<T> {
    this.lastFailure = undefined;
    try {
      return await use(this.credential);
    } catch (error) {
      throw this.lastFailure ?? error;
    }
  }

  private async refresh(): Promise<{ token: string; expiresOnTimestamp: number }> {
    try {
      const { token, expiresOnTimestamp, userId } = await this.fetchToken();
      if (userId) this.onIdentity(userId);
      return { token, expiresOnTimestamp };
    } catch (error) {
      this.lastFailure = error;
      throw error;
    }
  }
}

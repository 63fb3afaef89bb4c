// The token credential the CallAgent runs on: AzureCommunicationTokenCredential with a refresher and
// proactive refresh (docs/acs-sdk.md; a static token never refreshes). The SDK reports a failing
// refresher only as "Failed to get AccessToken", so the real reason is kept to be reported instead.
import type { CommunicationTokenCredential } from '@azure/communication-common';
import type { CallingSdk } from './sdk-port.ts';
import type { TokenFetcher } from './token.ts';

export class AgentCredential {
  private current?: CommunicationTokenCredential;
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

  /** Drops the credential: it would keep serving its cached token, while a new one fetches another. */
  dispose(): void {
    this.current?.dispose();
    this.current = undefined;
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

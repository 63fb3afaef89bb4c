// The token credential of the simulated SDK: what the engine relies on of common's
// AzureCommunicationTokenCredential with a refresher (docs/acs-sdk.md §4), without the HTTP
// pipeline that class brings into a bundle. The cached token serves until it is within 10 minutes
// of expiry; then the refresher is asked, once for all concurrent callers. An expired token from
// the refresher, or use after dispose, is refused with common's words.
import type { CommunicationTokenCredential, CommunicationTokenRefreshOptions } from '@azure/communication-common';

type AccessToken = Awaited<ReturnType<CommunicationTokenCredential['getToken']>>;

const REFRESH_WINDOW_MS = 10 * 60_000;

export class SimCredential implements CommunicationTokenCredential {
  #token?: AccessToken;
  #refreshing?: Promise<AccessToken>;
  #disposed = false;

  constructor(private readonly options: CommunicationTokenRefreshOptions) {}

  async getToken(): Promise<AccessToken> {
    if (this.#disposed) throw new Error('User credential is disposed.');
    const token = this.#token;
    if (token && token.expiresOnTimestamp - Date.now() > REFRESH_WINDOW_MS) return token;
    this.#refreshing ??= this.#refresh().finally(() => {
      this.#refreshing = undefined;
    });
    return this.#refreshing;
  }

  dispose(): void {
    this.#disposed = true;
  }

  async #refresh(): Promise<AccessToken> {
    const fresh = await this.options.tokenRefresher();
    const token = typeof fresh === 'string' ? { token: fresh, expiresOnTimestamp: Date.now() + REFRESH_WINDOW_MS * 6 } : fresh;
    if (token.expiresOnTimestamp <= Date.now()) throw new Error('The token returned from the tokenRefresher is expired.');
    this.#token = token;
    return token;
  }
}

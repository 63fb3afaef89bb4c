// What the engine needs from whoever issues ACS user tokens: the calling host page's token
// endpoint (src/host/token-source.ts) or the simulated SDK's token service.

/** An AccessToken (what AzureCommunicationTokenCredential's refresher returns) plus its owner. */
export interface IssuedToken {
  token: string;
  expiresOnTimestamp: number;
  userId?: string;
}

export type TokenFetcher = () => Promise<IssuedToken>;

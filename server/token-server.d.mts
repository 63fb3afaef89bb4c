// Types of token-server.mjs for TypeScript callers (the tests).
import type { Server } from 'node:http';
import type { CommunicationIdentityClient } from '@azure/communication-identity';

export type IdentityClient = Pick<CommunicationIdentityClient, 'createUser' | 'getToken'>;

export interface TokenServerOptions {
  identity: IdentityClient;
  extensionIds: readonly string[];
  hostDir: string;
  /** Issue tokens for this ACS user (8:acs:…) instead of one created at the first request. */
  userId?: string;
  /** POST /token per client address: `burst` at once, then `perMinute` (default 10 and 10). */
  rateLimit?: { burst: number; perMinute: number };
  /** The clock the rate limit reads, in milliseconds (Date.now by default). */
  now?: () => number;
  /** Where failure details go instead of to the client (console.error by default). */
  log?: (message: string) => void;
}

export function createServer(options: TokenServerOptions): Server;

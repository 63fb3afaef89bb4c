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
}

export function createServer(options: TokenServerOptions): Server;

// The simulated SDK behind the CallingSdk port: the same port the real SDK fills in the calling
// host page (src/host/real-sdk.ts), so the one engine runs on either. Identifiers and the token
// credential are the real @azure/communication-common ones, which run anywhere.
import {
  AzureCommunicationTokenCredential,
  createIdentifierFromRawId,
  getIdentifierRawId,
} from '@azure/communication-common';
import type { CallingSdk } from '../sdk-port.ts';
import { SimCallClient } from './agent.ts';
import { TRANSFER_FEATURE } from './call.ts';
import type { SimWorld } from './world.ts';

export function simulatedSdk(world: SimWorld): CallingSdk {
  return {
    createCallClient: () => new SimCallClient(world),
    Features: { Transfer: TRANSFER_FEATURE },
    createIdentifierFromRawId,
    getIdentifierRawId,
    createCredential: (options) => new AzureCommunicationTokenCredential(options),
  };
}

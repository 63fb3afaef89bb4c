// The simulated SDK behind the CallingSdk port: the same port the real SDK fills in the calling
// host page (src/host/real-sdk.ts), so the one engine runs on either. Identifiers are the real
// @azure/communication-common ones, which run anywhere; the credential is a small stand-in
// (credential.ts), since common's brings its HTTP pipeline into the offscreen bundle.
import { createIdentifierFromRawId, getIdentifierRawId } from '@azure/communication-common';
import { SimCredential } from './credential.ts';
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
    createCredential: (options) => new SimCredential(options),
  };
}

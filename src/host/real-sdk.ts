// The real SDK behind the CallingSdk port. Only the host page's entry imports this module: it pulls in
// the ~7 MB calling bundle (docs/acs-sdk.md §1), which must never reach the extension.
import { CallClient, Features } from '@azure/communication-calling';
import {
  AzureCommunicationTokenCredential,
  createIdentifierFromRawId,
  getIdentifierRawId,
} from '@azure/communication-common';
import type { CallingSdk } from '../engine/sdk-port.ts';

export const realSdk: CallingSdk = {
  createCallClient: () => new CallClient(),
  Features,
  createIdentifierFromRawId,
  getIdentifierRawId,
  createCredential: (options) => new AzureCommunicationTokenCredential(options),
};

// The calling host page: loads its configuration, then serves AcsCallEngine to the extensions it
// lists. It is meant to be embedded by the extension's offscreen document, never used directly.
import { CallClient } from '@azure/communication-calling';
import * as azureLogger from '@azure/logger';
import { extensionOrigin } from '../shared/bridge-protocol.ts';
import { AcsCallEngine } from '../engine/acs-engine.ts';
import { HostBridge } from './bridge.ts';
import { SdkDevices } from './sdk-devices.ts';
import { loadHostConfig } from './host-config.ts';
import { realSdk } from './real-sdk.ts';
import { messageOf } from '../engine/sdk-errors.ts';
import { captureSdkLog } from './sdk-log.ts';
import { tokenFetcher } from './token-source.ts';

// Before any CallClient exists, so that the SDK's first lines are kept too.
const log = captureSdkLog(azureLogger);

let client: CallClient | undefined;
/** One CallClient for calls and devices: a device chosen on another client would not reach the calls. */
const callClient = (): CallClient => (client ??= new CallClient());
const sdk = { ...realSdk, createCallClient: callClient };

const status = document.querySelector<HTMLElement>('#status');

function show(text: string): void {
  if (status) status.textContent = text;
}

async function serve(): Promise<void> {
  const config = await loadHostConfig(new URL('host-config.json', location.href));
  const bridge = new HostBridge({
    window,
    allowedOrigins: config.extensionIds.map(extensionOrigin),
    createEngine: ({ displayName }) => new AcsCallEngine({ sdk, fetchToken: tokenFetcher(config.tokenUrl), displayName }),
    devices: new SdkDevices(() => callClient().getDeviceManager()),
    log,
  });
  // Refuses (throws) unless the parent frame is one of the allowed extensions.
  bridge.open();
  // Leaving without hangUp() keeps a ghost participant in the call for ~60 s (docs/acs-sdk.md §14).
  addEventListener('pagehide', () => void bridge.close());
  show('Ready.');
}

serve().catch((error: unknown) => show(`The calling host cannot start: ${messageOf(error)}`));

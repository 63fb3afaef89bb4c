// The calling host page: loads its configuration, then serves AcsCallEngine to the extensions it
// lists. It is meant to be embedded by the extension's offscreen document, never used directly.
import { extensionOrigin } from '../offscreen/bridge/protocol.ts';
import { AcsCallEngine } from './acs-engine.ts';
import { HostBridge } from './bridge.ts';
import { loadHostConfig } from './host-config.ts';
import { realSdk } from './real-sdk.ts';
import { messageOf } from './sdk-errors.ts';
import { tokenFetcher } from './token-source.ts';

const status = document.querySelector<HTMLElement>('#status');

function show(text: string): void {
  if (status) status.textContent = text;
}

async function serve(): Promise<void> {
  const config = await loadHostConfig(new URL('host-config.json', location.href));
  const bridge = new HostBridge({
    window,
    allowedOrigins: config.extensionIds.map(extensionOrigin),
    createEngine: ({ displayName }) => new AcsCallEngine({ sdk: realSdk, fetchToken: tokenFetcher(config.tokenUrl), displayName }),
  });
  // Leaving without hangUp() keeps a ghost participant in the call for ~60 s (notes/acs-sdk.md §9).
  addEventListener('pagehide', () => void bridge.close());
  bridge.open();
  show(window.parent === window ? 'This page works inside the ACS Click-to-Transfer extension only.' : 'Ready.');
}

serve().catch((error: unknown) => show(`The calling host cannot start: ${messageOf(error)}`));

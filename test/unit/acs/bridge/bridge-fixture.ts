// An IframeEngine in the test window, driving host pages that run the real HostBridge and
// AcsCallEngine on a fake SDK, one fresh world per page load.
import { AcsCallEngine } from '../../../../src/engine/acs-engine.ts';
import { HostBridge } from '../../../../src/host/bridge.ts';
import { IframeEngine, type IframeCallEngine } from '../../../../src/offscreen/bridge/iframe-engine.ts';
import type { EngineSnapshot } from '../../../../src/shared/engine.ts';
import { InstantWorld } from '../../engine/test-world.ts';
import { EXTENSION_ORIGIN, HOST_URL, LinkedPages, type LoadHostPage } from './linked-pages.ts';

export const TIMING = { requestTimeoutMs: 300, startTimeoutMs: 500, helloTimeoutMs: 300, heartbeatMs: 60 };

export interface BridgeFixture {
  engine: IframeCallEngine;
  pages: LinkedPages;
  /** The fake SDK of each host page loaded so far; the last is the live one. */
  worlds: InstantWorld[];
  revisions: EngineSnapshot[];
}

const engines: IframeCallEngine[] = [];

export async function disposeBridges(): Promise<void> {
  await Promise.all(engines.splice(0).map((engine) => engine.dispose()));
}

export function acsHostPage(worlds: InstantWorld[], allowedOrigins = [EXTENSION_ORIGIN]): LoadHostPage {
  return (hostWindow) => {
    const world = new InstantWorld();
    worlds.push(world);
    const fetchToken = async () => ({ token: 'token', expiresOnTimestamp: Date.now() + 3_600_000 });
    const createEngine = ({ displayName }: { displayName: string }) => new AcsCallEngine({ sdk: world.sdk, fetchToken, displayName });
    const bridge = new HostBridge({ window: hostWindow, allowedOrigins, createEngine });
    bridge.open();
    return () => void bridge.close();
  };
}

export function bridgeFixture(loadHostPage?: LoadHostPage): BridgeFixture {
  const worlds: InstantWorld[] = [];
  const pages = new LinkedPages(loadHostPage ?? acsHostPage(worlds));
  const engine = IframeEngine.create({ hostUrl: HOST_URL, displayName: 'Agent 7', initialRev: 40, frames: pages, timing: TIMING });
  engines.push(engine);
  const revisions: EngineSnapshot[] = [];
  engine.subscribe((snapshot) => revisions.push(snapshot));
  return { engine, pages, worlds, revisions };
}

export function lastWorld(fixture: BridgeFixture): InstantWorld {
  const world = fixture.worlds.at(-1);
  if (!world) throw new Error('No host page has loaded.');
  return world;
}

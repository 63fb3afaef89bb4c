// Which engine the session runs. The simulated one is the embedded default and needs nothing;
// the ACS one runs in the organisation's calling host page (docs/design.md, src/host), which the
// offscreen document embeds as an iframe.
import type { Settings } from '../shared/settings.ts';
import type { SessionEngine } from './session.ts';
import { SimulatedEngine } from './simulated-engine.ts';
import { IframeEngine } from './bridge/iframe-engine.ts';
import { unavailableEngine } from './unavailable-engine.ts';

export const NO_HOST_MESSAGE = 'No calling host page is configured. Enter its address in the options page.';

export function createEngine(settings: Settings, initialRev: number): SessionEngine {
  if (settings.engine === 'simulated') {
    return new SimulatedEngine({
      timeScale: settings.simulatorTimeScale,
      demoCall: settings.simulatorDemoCall,
      displayName: settings.displayName,
      initialRev,
    });
  }
  if (!settings.callingHostUrl) return unavailableEngine('acs', NO_HOST_MESSAGE, initialRev);
  return IframeEngine.create({ hostUrl: settings.callingHostUrl, displayName: settings.displayName, initialRev });
}

/** The settings an engine is built from: when these change, the session builds a new engine. */
export function engineConfigOf(settings: Settings): string {
  return settings.engine === 'simulated'
    ? JSON.stringify([settings.engine, settings.simulatorTimeScale, settings.simulatorDemoCall, settings.displayName])
    : JSON.stringify([settings.engine, settings.callingHostUrl, settings.displayName]);
}

// Which engine the session runs. The simulated one is the embedded default and needs nothing;
// the ACS one runs in the organisation's calling host page (DESIGN.md, src/host).
import type { Settings } from '../shared/settings.ts';
import type { SessionEngine } from './session.ts';
import { SimulatedEngine } from './sim/simulated-engine.ts';

export function createEngine(settings: Settings, initialRev: number): SessionEngine {
  return new SimulatedEngine({
    timeScale: settings.simulatorTimeScale,
    demoCall: settings.simulatorDemoCall,
    initialRev,
  });
}

/** The settings an engine is built from: when these change, the session builds a new engine. */
export function engineConfigOf(settings: Settings): string {
  return JSON.stringify([settings.engine, settings.simulatorTimeScale, settings.simulatorDemoCall]);
}

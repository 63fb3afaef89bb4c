// Content script entry (manifest.json: CRM presets, localhost, every frame). Runs the DOM side
// until the page is hidden or the extension context goes away, then removes every control.
import { browser } from '../platform/browser.ts';
import { init, type ContentApp } from './app.ts';
import { connectPort } from './port.ts';

// After an extension update the old script lives on with a dead `runtime` and no event says so;
// the next interaction is the moment to notice (a dead control cannot send anyway).
const LIVENESS_EVENTS = ['pointerdown', 'keydown', 'visibilitychange'] as const;

function start(): void {
  if (!browser.runtime?.id) return;
  const controller = new AbortController();
  const { signal } = controller;
  const app: ContentApp = init(
    connectPort(signal, (state) => app.setState(state)),
    signal,
  );
  const stopIfOrphaned = (): void => {
    if (!browser.runtime?.id) controller.abort();
  };
  for (const type of LIVENESS_EVENTS) document.addEventListener(type, stopIfOrphaned, { capture: true, passive: true, signal });
  window.addEventListener('pagehide', () => controller.abort(), { once: true, signal });
}

// Restored from the back/forward cache: pagehide ended the previous run, and the call may have
// changed meanwhile, so start over with a fresh page state.
window.addEventListener('pageshow', (event) => {
  if (event.persisted) start();
});
start();

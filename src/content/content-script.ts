// Content script entry (manifest.json: CRM presets, localhost, every frame). Runs the DOM side
// from document_start until the page is hidden or the extension context goes away, then removes
// every control: while the page is parsed it decorates the first screen the parser produced, and
// from DOMContentLoaded everything (app.ts).
//
// Injected at document_start, so loading this script and the phone metadata overlap the page's
// parsing (issue 3, point 8: time to the first control). Started later, they held the page's load
// event back: at document_end by ~50 ms after DOMContentLoaded on a 20,000-row page, and by over a
// second in 3 of 8 loads, against ~1 ms from document_start.
import { browser } from '../platform/browser.ts';
import { dialingCountry } from '../shared/phone.ts';
import { init, type ContentApp } from './app.ts';
import { connectPort } from './port.ts';

// After an extension update the old script lives on with a dead `runtime` and no event says so;
// the next interaction is the moment to notice (a dead control cannot send anyway).
const LIVENESS_EVENTS = ['pointerdown', 'keydown', 'visibilitychange'] as const;

function start(): void {
  if (!browser.runtime?.id) return;
  const controller = new AbortController();
  const { signal } = controller;
  const port = connectPort(signal, {
    onState: (state) => app.setState(state),
    listTargets: () => app.listTargets(),
    showsTarget: (rawId) => app.showsTarget(rawId),
  });
  // The background's answer for the usual "browser default" setting, known before it answers.
  const app: ContentApp = init(port, signal, { country: dialingCountry('', browser.i18n.getUILanguage()) ?? '' });
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

// Content script entry (manifest.json: CRM presets, localhost, every frame). Runs from
// document_start until the page is hidden or the extension context goes away, then removes every
// control. Until its frame shows candidate content it only watches for it (gate.ts); then it loads
// the decorating part (decorate.ts): while the page is parsed that decorates the first screen the
// parser produced, and from DOMContentLoaded everything (app.ts).
//
// Injected at document_start, so loading this script and the phone metadata overlap the page's
// parsing (issue 3, point 8: time to the first control). Started later, they held the page's load
// event back: at document_end by ~50 ms after DOMContentLoaded on a 20,000-row page, and by over a
// second in 3 of 8 loads, against ~1 ms from document_start.
//
// The decorating part is a dynamic import that the build inlines into this one file (crxjs
// standaloneFiles, vite.config.ts): no chunk to fetch, so nothing has to be web-accessible, and
// its modules are evaluated only when it is imported. In a frame that never shows a number, the
// script costs its own evaluation and the watch (issue 11; npm run bench, (d)).
import { browser } from '../platform/browser.ts';
import { whenCandidates } from './gate.ts';

// After an extension update the old script lives on with a dead `runtime` and no event says so;
// the next interaction is the moment to notice (a dead control cannot send anyway).
const LIVENESS_EVENTS = ['pointerdown', 'keydown', 'visibilitychange'] as const;

function start(): void {
  if (!browser.runtime?.id) return;
  const controller = new AbortController();
  const { signal } = controller;
  whenCandidates(document, signal, () => {
    void import('./decorate.ts').then(({ decorate }) => {
      if (!signal.aborted) decorate(signal);
    });
  });
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

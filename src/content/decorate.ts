// The content script's decorating part, loaded by the entry (content-script.ts) only once its frame
// shows candidate content (gate.ts). Built into the same file, its modules are evaluated when it is
// imported: the detector, the phone metadata, the controls and the link to the worker.
import { browser } from '../platform/browser.ts';
import { init, type ContentApp } from './app.ts';
import { connectPort } from './port.ts';

/** Decorates the document until `signal` aborts. */
export function decorate(signal: AbortSignal): void {
  const port = connectPort(signal, {
    onState: (state) => app.setState(state),
    listTargets: () => app.listTargets(),
    showsTarget: (rawId) => app.showsTarget(rawId),
  });
  // The background's answer for the usual "browser default" setting, known before it answers. Not
  // checked against the phone metadata here: detection ignores a region it has no metadata for
  // (shared/detect/country.ts), and checking would load the metadata before any number is seen.
  const region = new Intl.Locale(browser.i18n.getUILanguage()).region ?? '';
  const app: ContentApp = init(port, signal, { country: region });
}

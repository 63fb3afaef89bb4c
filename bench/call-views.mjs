// (f) and (g) need a call: a browser of their own with the extension on fast simulated timings and
// the simulator's demo call connected, as the end-to-end tests set it up.
import { launchWithExtension } from '../scripts/lib/chromium.mjs';
import { applySettings, TEST_SETTINGS } from '../test/e2e/harness.mjs';
import { measureClicks } from './click.mjs';
import { measurePopup } from './popup.mjs';

const LOCALE = 'en-US';

/**
 * @param {string} extensionDir
 * @param {string} origin
 * @returns {Promise<{ clicks: import('./click.mjs').ClickFigures, popup: import('./popup.mjs').PopupFigures }>}
 */
export async function measureCallViews(extensionDir, origin) {
  const session = await launchWithExtension({ extensionDir, locale: LOCALE });
  const product = {
    context: session.context,
    extensionId: session.extensionId,
    worker: () => session.context.serviceWorkers().at(-1) ?? session.serviceWorker,
  };
  try {
    await applySettings(product, TEST_SETTINGS);
    const popup = await measurePopup(product, extensionDir);
    const clicks = await measureClicks(product, origin);
    return { clicks, popup };
  } finally {
    await session.close();
  }
}

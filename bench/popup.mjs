// (g) The popup: from the start of its navigation until the live call is painted, over OPENS
// opens, and the weight of the JavaScript and CSS its page loads. Headless Chromium cannot open
// the toolbar popup, so the popup's page is opened in a tab of the popup's size: the window the
// browser creates for a real popup is not counted.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const OPENS = 20;
const POPUP_PATH = 'src/popup/index.html';
const VIEWPORT = { width: 380, height: 640 };
const LIVE_CALL = '[data-testid="current-call"][data-call-state="Connected"]';

/**
 * @typedef {object} PopupFigures
 * @property {number[]} paintedMs per open: navigation start until the frame after the live call appeared
 * @property {{ files: number, jsBytes: number, cssBytes: number, gzipBytes: number }} weight
 */

/**
 * @param {{ context: import('playwright-core').BrowserContext, extensionId: string }} product a
 *   browser with the extension and a connected call
 * @param {string} extensionDir the measured build
 * @returns {Promise<PopupFigures>}
 */
export async function measurePopup(product, extensionDir) {
  const paintedMs = [];
  for (let open = 0; open < OPENS; open += 1) paintedMs.push(await openPopup(product));
  return { paintedMs, weight: await popupWeight(extensionDir) };
}

/**
 * Opens the popup's page once in a new tab and closes it again.
 * @param {{ context: import('playwright-core').BrowserContext, extensionId: string }} product
 * @returns {Promise<number>} navigation start until the frame after the live call appeared, in ms
 */
export async function openPopup(product) {
  const tab = await product.context.newPage();
  try {
    await tab.setViewportSize(VIEWPORT);
    await tab.addInitScript(recordPaint, LIVE_CALL);
    await tab.goto(`chrome-extension://${product.extensionId}/${POPUP_PATH}`);
    return await tab.evaluate(() => /** @type {any} */ (window).__livePainted);
  } finally {
    await tab.close();
  }
}

/**
 * Installed before the popup's scripts: resolves window.__livePainted with the time (ms since
 * navigation start) when the frame that first showed `selector` was painted, measured as the
 * task after that frame's animation callbacks, as bench/browsers.mjs's scrolling does.
 * @param {string} selector
 */
function recordPaint(selector) {
  /** @type {(ms: number) => void} */
  let resolve = () => undefined;
  Object.assign(window, { __livePainted: new Promise((done) => (resolve = done)) });
  const observer = new MutationObserver(() => {
    if (!document.querySelector(selector)) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0));
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
}

/**
 * The scripts and style sheets the popup's HTML loads (its entry, module preloads, style sheets).
 * @param {string} extensionDir
 */
async function popupWeight(extensionDir) {
  const html = await readFile(path.join(extensionDir, POPUP_PATH), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((match) => match[1]);
  let jsBytes = 0;
  let cssBytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const content = await readFile(path.join(extensionDir, file));
    if (file.endsWith('.css')) cssBytes += content.length;
    else jsBytes += content.length;
    gzipBytes += gzipSync(content).length;
  }
  return { files: files.length, jsBytes, cssBytes, gzipBytes };
}

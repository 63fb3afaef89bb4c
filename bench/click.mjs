// (f) From a trusted click on a page control's "Transfer call to …" until the engine's snapshot
// (chrome.storage.session, what every view follows) shows the transfer as requested; CLICKS clicks
// with the worker warm, CLICKS with the worker stopped just before the click. The target declines
// (numbers ending 0000 do in the simulator), so the call comes back after each click.
import { setTimeout as delay } from 'node:timers/promises';
import { DWELL_MS, openMenu, untilControl } from '../test/e2e/control-driver.mjs';
import { openExtensionPage, stopServiceWorker } from '../test/e2e/harness.mjs';

export const CLICKS = 30;
const TARGET = '4:+14255550000';
const ITEM = /^Transfer call to/;
const POLL_MS = 20;
const SETTLE_TIMEOUT_MS = 20_000;
const OPTIONS_PATH = 'src/options/index.html';
// The worker takes at most 3 page actions per tab in 10 s (src/background/page-gate.ts): the clicks
// take turns between tabs of the same page, each tab kept within that limit.
const TABS = 5;
const TAB_LIMIT = 3;
const TAB_WINDOW_MS = 10_000;
const POPUP_PATH = 'src/popup/index.html';

/**
 * @typedef {object} ClickRun
 * @property {number[]} snapshotMs per click: the click's timestamp until the snapshot showed the request
 * @property {number[]} popupMs per click: until the open popup showed it (warm only)
 * @property {string[]} badges the action badge's text right after each request was seen
 */

/** @typedef {{ warm: ClickRun, cold: ClickRun }} ClickFigures */

export function clickPage() {
  const html =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Contact</title></head>' +
    '<body><h1>Contact</h1><p>Escalations: <span>+1 425-555-0000</span></p></body></html>';
  return { path: '/click.html', html };
}

/**
 * @param {{ context: import('playwright-core').BrowserContext, extensionId: string }} product a
 *   browser with the extension and a connected call
 * @param {string} origin
 * @returns {Promise<ClickFigures>}
 */
export async function measureClicks(product, origin) {
  // The options page listens to the snapshot: unlike the popup, it never wakes the worker.
  const observer = await openExtensionPage(product, OPTIONS_PATH);
  await observer.evaluate(installObserver);
  const popup = await openExtensionPage(product, POPUP_PATH);
  await popup.evaluate(installPopupObserver);
  const pages = await Promise.all(Array.from({ length: TABS }, () => clickTab(product, origin)));
  try {
    const warm = await clickRuns(product, { pages, observer, popup }, false);
    await popup.close();
    const cold = await clickRuns(product, { pages, observer, popup: null }, true);
    return { warm, cold };
  } finally {
    await Promise.all(pages.map(({ page }) => page.close()));
    await observer.close();
  }
}

/**
 * @param {{ context: import('playwright-core').BrowserContext }} product
 * @param {string} origin
 */
async function clickTab(product, origin) {
  const page = await product.context.newPage();
  await page.goto(origin + clickPage().path);
  await page.evaluate(() => addEventListener('click', (event) => { /** @type {any} */ (window).__clickAt = performance.timeOrigin + event.timeStamp; }, true));
  return { page, clickedAt: /** @type {number[]} */ ([]) };
}

/** Waits until one more page action from this tab stays within the worker's limit. @param {number[]} clickedAt */
async function withinTabLimit(clickedAt) {
  const oldest = clickedAt.at(-TAB_LIMIT);
  if (oldest !== undefined) await delay(Math.max(0, oldest + TAB_WINDOW_MS + 100 - Date.now()));
}

/**
 * @param {{ context: import('playwright-core').BrowserContext }} product
 * @param {{ pages: { page: import('playwright-core').Page, clickedAt: number[] }[], observer: import('playwright-core').Page, popup: import('playwright-core').Page | null }} tabs
 * @param {boolean} cold
 * @returns {Promise<ClickRun>}
 */
async function clickRuns(product, { pages, observer, popup }, cold) {
  /** @type {ClickRun} */
  const run = { snapshotMs: [], popupMs: [], badges: [] };
  for (let click = 0; click < CLICKS; click += 1) {
    const { page, clickedAt } = pages[click % pages.length];
    await untilSettled(observer);
    await withinTabLimit(clickedAt);
    await page.bringToFront();
    const control = await openMenu(page, TARGET);
    const item = control.menu.items.find((candidate) => ITEM.test(candidate.text) && !candidate.disabled);
    if (!item) throw new Error(`the control's menu offers no enabled ${ITEM}: ${JSON.stringify(control.menu)}`);
    await page.mouse.move(item.x, item.y, { steps: 5 });
    await delay(DWELL_MS);
    if (cold) await stopServiceWorker(product, observer);
    await page.mouse.click(item.x, item.y);
    clickedAt.push(Date.now());
    const clickAt = await page.evaluate(() => /** @type {any} */ (window).__clickAt);
    const requestedAt = await until(() => observer.evaluate((after) => /** @type {any} */ (window).__requestedAfter(after), clickAt));
    run.snapshotMs.push(requestedAt - clickAt);
    run.badges.push(await observer.evaluate(() => chrome.action.getBadgeText({})));
    if (popup) run.popupMs.push((await until(() => popup.evaluate((after) => /** @type {any} */ (window).__shownAfter(after), clickAt))) - clickAt);
    await untilControl(page, TARGET, (shown) => !shown.expanded, 'its menu closed');
  }
  return run;
}

/** In the options page: the time each revision arrived that shows a transfer requested (state None). */
function installObserver() {
  /** @type {{ at: number, startedAt: number }[]} */
  const seen = [];
  chrome.storage.session.onChanged.addListener((changes) => {
    const calls = changes.engineSnapshot?.newValue?.calls ?? [];
    const at = performance.timeOrigin + performance.now();
    for (const call of calls) if (call.transfer?.state === 'None') seen.push({ at, startedAt: call.transfer.startedAt });
  });
  Object.assign(window, {
    __requestedAfter: (/** @type {number} */ after) => seen.find((entry) => entry.at > after)?.at ?? null,
    __settled: async () => {
      const { engineSnapshot } = await chrome.storage.session.get('engineSnapshot');
      const calls = engineSnapshot?.calls ?? [];
      return calls.some((/** @type {any} */ call) => call.state === 'Connected' && (!call.transfer || ['Failed', 'Transferred'].includes(call.transfer.state)));
    },
  });
}

/** In the popup: when the requested step of a transfer timeline was added to its DOM. */
function installPopupObserver() {
  /** @type {number[]} */
  const shown = [];
  new MutationObserver(() => {
    if (document.querySelector('[data-transfer-state="None"] [data-step="requested"]')) shown.push(performance.timeOrigin + performance.now());
  }).observe(document.body, { childList: true, subtree: true, attributes: true });
  Object.assign(window, { __shownAfter: (/** @type {number} */ after) => shown.find((at) => at > after) ?? null });
}

/** @param {import('playwright-core').Page} observer */
async function untilSettled(observer) {
  await until(async () => ((await observer.evaluate(() => /** @type {any} */ (window).__settled())) ? true : null));
}

/**
 * @template T
 * @param {() => Promise<T | null>} read
 * @returns {Promise<T>}
 */
async function until(read) {
  const deadline = Date.now() + SETTLE_TIMEOUT_MS;
  for (;;) {
    const value = await read();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await delay(POLL_MS);
  }
}

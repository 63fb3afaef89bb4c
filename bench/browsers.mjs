// The two browsers of a run, Chromium with the built extension and the same Chromium without it,
// and what is measured in them: a page load until the page is quiet, the probe's report, heap
// and main-thread time from the DevTools protocol, and the in-page passes.
import { chromium } from 'playwright-core';
import { findChromium, launchWithExtension } from '../scripts/lib/chromium.mjs';
import { PAGE_DONE_EVENT } from './pages.mjs';
import { installProbe, ourScanPass, perNodeFinderPass, treeWalkerPass } from './probe.mjs';
import { mainThreadDifference } from './summary.mjs';

// TARGET_ATTRIBUTE in src/content/exclusions.ts: every control host carries it.
const HOST_ATTRIBUTE = 'data-acs-transfer-target';
// Fixes the extension's dialling country (from the browser's region) and the per-node baseline's.
const LOCALE = 'en-US';
const COUNTRY = 'US';
// A page is quiet when, in each of QUIET_SAMPLES consecutive SAMPLE_MS windows, no control was
// inserted and the renderer's main thread ran less than QUIET_TASK_MS. Waiting for the expected
// number of controls would hang on a page where the finder misses some, and a plain "no new
// control for n seconds" can end too early: on the 10,000-row page, walking the rows between the
// first visible controls and the offscreen ones took seconds with idle-callback slices.
const SAMPLE_MS = 500;
const QUIET_SAMPLES = 2;
const QUIET_TASK_MS = 25;
const SETTLE_TIMEOUT_MS = 90_000;
// The extension's onboarding page (src/onboarding/pages.ts).
const ONBOARDING_PATH = '/src/onboarding/index.html';
const ONBOARDING_TIMEOUT_MS = 10_000;
// 300 frames of 120 px: 36,000 px, about 1,600 rows of the contact table.
const SCROLL_STEPS = 300;
const SCROLL_STEP_PX = 120;
const TREE_WALKER_RUNS = 5;
const FINDER_RUNS = 3;
const SCAN_RUNS = 3;
// Each run repeats its pass for at least this long (see treeWalkerPass).
const MIN_RUN_MS = 20;

/**
 * @typedef {object} Browser
 * @property {import('playwright-core').BrowserContext} context
 * @property {() => Promise<void>} close
 */

/** @typedef {{ taskMs: number, scriptMs: number, styleLayoutMs: number }} MainThreadTime */

/**
 * @typedef {object} LoadMeasurement
 * @property {boolean} settled false when the page was still busy after SETTLE_TIMEOUT_MS
 * @property {import('./probe.mjs').ProbeReport} report
 * @property {MainThreadTime} mainThread the renderer main thread's time from navigation until quiet
 * @property {{ jsBytes: number, domBytes: number | null }} heap after a full garbage collection
 */

/**
 * @typedef {object} BaselinePasses
 * @property {{ ms: number, passes: number, nodes: number, characters: number }} treeWalker the median of TREE_WALKER_RUNS
 * @property {{ ms: number, passes: number, found: number }} finder the median of FINDER_RUNS
 * @property {{ ms: number, passes: number, found: number }} scan our scan, the median of SCAN_RUNS
 */

/**
 * Launches Chromium with the built extension, the probe installed in every page.
 * @param {string} extensionDir
 * @returns {Promise<Browser>}
 */
export async function openExtensionBrowser(extensionDir) {
  const session = await launchWithExtension({ extensionDir, locale: LOCALE });
  await session.context.addInitScript(installProbe, probeOptions());
  await closeOnboarding(session.context);
  return { context: session.context, close: session.close };
}

/**
 * The extension opens its onboarding tab on install. Left open, it would come to the front while a
 * page is measured, and Chromium throttles a background tab's frames to about one a second.
 * @param {import('playwright-core').BrowserContext} context
 */
async function closeOnboarding(context) {
  const isOnboarding = (/** @type {import('playwright-core').Page} */ page) => page.url().includes(ONBOARDING_PATH);
  const opened =
    context.pages().find(isOnboarding) ?? (await context.waitForEvent('page', { predicate: isOnboarding, timeout: ONBOARDING_TIMEOUT_MS }));
  await opened.close();
}

/**
 * @typedef {object} ScrollMeasurement
 * @property {number} frames
 * @property {number} longFrames frames over 50 ms
 * @property {number} p95 ms
 * @property {number} max ms
 * @property {number} visibleRows table rows in view at the end
 * @property {number} decoratedRows of those, the rows with a control
 */

/**
 * Scrolls the loaded page down SCROLL_STEPS times by SCROLL_STEP_PX, one step per frame, as an
 * agent scrolling a long list, timing each frame (from one step to the task after the next frame).
 * @param {import('playwright-core').Page} tab
 * @returns {Promise<ScrollMeasurement>}
 */
export async function scrollThrough(tab) {
  await tab.bringToFront();
  return tab.evaluate(
    async ({ steps, stepPx, hostAttribute }) => {
      const times = [];
      let last = performance.now();
      for (let step = 0; step < steps; step += 1) {
        window.scrollBy(0, stepPx);
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        const now = performance.now();
        times.push(now - last);
        last = now;
      }
      const sorted = [...times].sort((a, b) => a - b);
      const rows = [...document.querySelectorAll('tr')].filter((row) => {
        const box = row.getBoundingClientRect();
        return box.bottom > 0 && box.top < innerHeight;
      });
      return {
        frames: times.length,
        longFrames: times.filter((ms) => ms > 50).length,
        p95: sorted[Math.floor(sorted.length * 0.95)] ?? 0,
        max: sorted.at(-1) ?? 0,
        visibleRows: rows.length,
        decoratedRows: rows.filter((row) => row.querySelector(`[${hostAttribute}]`)).length,
      };
    },
    { steps: SCROLL_STEPS, stepPx: SCROLL_STEP_PX, hostAttribute: HOST_ATTRIBUTE },
  );
}

// Far rows of a 10,000-row grid the run jumps to, as an agent jumping to a row.
const JUMP_ROWS = [2500, 5000, 7499, 9990];
const JUMP_TIMEOUT_MS = 2000;
// Long frames are collected for this long after a jump.
const JUMP_WATCH_MS = 600;
// Rows each way of the target that may be in view after the jump (a screen is ~30 rows).
const JUMP_NEIGHBOURS = 60;

/**
 * @typedef {object} JumpMeasurement
 * @property {number} row
 * @property {number | null} decoratedMs from the jump until every row in view had its control; null if one never did
 * @property {number} longestFrameMs the longest animation frame within JUMP_WATCH_MS of the jump
 */

/**
 * Jumps to each of JUMP_ROWS (scrollIntoView) and times, frame by frame, until every row in view
 * has a control; also the longest frame after the jump.
 * @param {import('playwright-core').Page} tab
 * @param {string} rowSelector the grid's rows
 * @returns {Promise<JumpMeasurement[]>}
 */
export async function jumpThrough(tab, rowSelector) {
  await tab.bringToFront();
  /** @type {JumpMeasurement[]} */
  const jumps = [];
  for (const row of JUMP_ROWS) {
    jumps.push(
      await tab.evaluate(
        async ({ row, rowSelector, hostAttribute, timeoutMs, watchMs, neighbours: NEIGHBOURS }) => {
          const frames = /** @type {number[]} */ ([]);
          const observer = new PerformanceObserver((list) => frames.push(...list.getEntries().map((entry) => entry.duration)));
          observer.observe({ type: 'long-animation-frame' });
          const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
          // Only rows around the target are measured: reading the box of a row in a skipped
          // content-visibility chunk lays that chunk out, which on the whole grid takes seconds.
          const rows = [...document.querySelectorAll(rowSelector)].slice(Math.max(0, row - NEIGHBOURS), row + NEIGHBOURS);
          const inView = () =>
            rows.filter((tr) => {
              const box = tr.getBoundingClientRect();
              return box.bottom > 0 && box.top < innerHeight;
            });
          const start = performance.now();
          document.querySelectorAll(rowSelector)[row].scrollIntoView({ block: 'start' });
          let decoratedMs = null;
          while (performance.now() - start < timeoutMs) {
            await nextFrame();
            if (inView().every((tr) => tr.querySelector(`[${hostAttribute}]`))) {
              decoratedMs = performance.now() - start;
              break;
            }
          }
          await new Promise((resolve) => setTimeout(resolve, Math.max(0, start + watchMs - performance.now())));
          observer.disconnect();
          return { row, decoratedMs, longestFrameMs: Math.max(0, ...frames) };
        },
        { row, rowSelector, hostAttribute: HOST_ATTRIBUTE, timeoutMs: JUMP_TIMEOUT_MS, watchMs: JUMP_WATCH_MS, neighbours: JUMP_NEIGHBOURS },
      ),
    );
  }
  return jumps;
}

/**
 * Launches the same Chromium without any extension, the baseline for long tasks, heap and
 * main-thread time; the in-page passes run here too, where no content script competes with them.
 * @returns {Promise<Browser & { version: string }>}
 */
export async function openPlainBrowser() {
  // The switches of launchWithExtension's recipe that change how pages run; the rest concern
  // extensions, media and background services.
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const context = await browser.newContext({ locale: LOCALE });
  await context.addInitScript(installProbe, probeOptions());
  return { context, version: browser.version(), close: () => browser.close() };
}

/** @returns {import('./probe.mjs').ProbeOptions} */
function probeOptions() {
  return { hostAttribute: HOST_ATTRIBUTE, doneEvent: PAGE_DONE_EVENT };
}

/**
 * Opens `url` in a new tab, waits until the page is done and quiet, and measures it. The caller
 * closes the tab.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} url
 * @returns {Promise<{ tab: import('playwright-core').Page, measurement: LoadMeasurement }>}
 */
export async function measureLoad(context, url) {
  const tab = await context.newPage();
  // The extension opens its onboarding tab on install; a page behind it is a background tab, whose
  // frames Chromium throttles to about one a second.
  await tab.bringToFront();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Performance.enable');
  // Sampled from before the navigation: the content script decorates while the page is parsed.
  const before = await mainThreadTime(cdp);
  await tab.goto(url, { waitUntil: 'domcontentloaded' });
  await tab.evaluate(() => /** @type {any} */ (window).__benchProbe.done);
  const settled = await waitUntilQuiet(tab, cdp);
  const report = await tab.evaluate(() => /** @type {any} */ (window).__benchProbe.report());
  const mainThread = mainThreadDifference(await mainThreadTime(cdp), before);
  const heap = await heapAfterGc(cdp);
  await cdp.detach();
  return { tab, measurement: { settled, report, mainThread, heap } };
}

/**
 * @param {import('playwright-core').Page} tab
 * @param {import('playwright-core').CDPSession} cdp
 * @returns {Promise<boolean>} false on timeout
 */
export async function waitUntilQuiet(tab, cdp) {
  const deadline = Date.now() + SETTLE_TIMEOUT_MS;
  let previous = await activity(tab, cdp);
  for (let quiet = 0; quiet < QUIET_SAMPLES; ) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, SAMPLE_MS));
    const current = await activity(tab, cdp);
    const isQuiet = current.hosts === previous.hosts && current.time.taskMs - previous.time.taskMs < QUIET_TASK_MS;
    quiet = isQuiet ? quiet + 1 : 0;
    previous = current;
  }
  return true;
}

/**
 * @param {import('playwright-core').Page} tab
 * @param {import('playwright-core').CDPSession} cdp
 */
async function activity(tab, cdp) {
  const hosts = await tab.evaluate(() => /** @type {any} */ (window).__benchProbe.hostCount());
  return { hosts, time: await mainThreadTime(cdp) };
}

/**
 * Cumulative main-thread time of the tab's renderer (Performance.getMetrics): all tasks, and the
 * script and style + layout parts of them.
 * @param {import('playwright-core').CDPSession} cdp
 * @returns {Promise<MainThreadTime>}
 */
export async function mainThreadTime(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const ms = (/** @type {string} */ name) => (metrics.find((metric) => metric.name === name)?.value ?? 0) * 1000;
  return { taskMs: ms('TaskDuration'), scriptMs: ms('ScriptDuration'), styleLayoutMs: ms('RecalcStyleDuration') + ms('LayoutDuration') };
}

/**
 * The renderer's heap after a full collection. The page, its main world and the content
 * script's isolated world share one V8 isolate, so the extension's share is the difference to
 * the same page without it. jsBytes is V8's heap; domBytes is Blink's (DOM nodes, shadow roots,
 * layout objects), which Chromium reports as embedderHeapUsedSize.
 * @param {import('playwright-core').CDPSession} cdp
 */
export async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = /** @type {{ usedSize: number, embedderHeapUsedSize?: number }} */ (await cdp.send('Runtime.getHeapUsage'));
  return { jsBytes: usage.usedSize, domBytes: usage.embedderHeapUsedSize ?? null };
}

/**
 * The in-page passes over the content present at load: the bare TreeWalker pass, libphonenumber
 * per text node, then our scan. Each pass's script is injected before its runs, so it is parsed
 * outside the timing.
 * @param {import('playwright-core').Page} tab
 * @param {string} rootSelector
 * @param {import('./page-scripts.mjs').PageScripts} scripts from buildPageScripts()
 * @returns {Promise<BaselinePasses>}
 */
export async function runBaselinePasses(tab, rootSelector, scripts) {
  const treeWalker = await medianRun(TREE_WALKER_RUNS, () => tab.evaluate(treeWalkerPass, { rootSelector, minMs: MIN_RUN_MS }));
  const options = { rootSelector, minMs: MIN_RUN_MS, country: COUNTRY };
  await tab.addScriptTag({ content: scripts.libphonenumber });
  const finder = await medianRun(FINDER_RUNS, () => tab.evaluate(perNodeFinderPass, options));
  await tab.addScriptTag({ content: scripts.scan });
  const scan = await medianRun(SCAN_RUNS, () => tab.evaluate(ourScanPass, options));
  return { treeWalker, finder, scan };
}

/**
 * Runs a timed pass `runs` times, one after another, and returns the run with the median time.
 * One untimed run goes first: on the small pages the first runs are mostly compiling the code and,
 * for the finders, parsing the phone metadata (the first run of our scan over (c)'s 100 rows took
 * 12 ms a pass, the fifth 0.8 ms), so a median of cold runs moved 2.6–6.8 ms between runs.
 * @template {{ ms: number }} T
 * @param {number} runs
 * @param {() => Promise<T>} pass
 * @returns {Promise<T>}
 */
async function medianRun(runs, pass) {
  await pass();
  /** @type {T[]} */
  const results = [];
  for (let run = 0; run < runs; run += 1) results.push(await pass());
  results.sort((a, b) => a.ms - b.ms);
  return results[Math.floor(runs / 2)];
}

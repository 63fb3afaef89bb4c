// (d) What the content script costs a page of many frames: it runs in every frame (all_frames,
// match_about_blank), and most frames of a CRM page (editors, widgets, ads, about:blank) hold no
// number. Two pages: 20 empty frames, and 20 frames of which half hold two numbers each. Each is
// loaded LOADS times with and without the extension; the figures are medians. Main-thread time is
// the extension's scripts' own, from a DevTools trace: the renderer's whole task time differs by
// more than that between two loads of the same page on a busy machine.
import { heapAfterGc, mainThreadTime, waitUntilQuiet } from './browsers.mjs';
import { PAGE_DONE_EVENT } from './pages.mjs';
import { mainThreadDifference } from './summary.mjs';
import { traceTasks } from './trace.mjs';

const FRAMES = 20;
const LOADS = 3;
const HOST_ATTRIBUTE = 'data-acs-transfer-target';

/**
 * @typedef {object} FrameLoad
 * @property {number} taskMs the renderer's main-thread task time, navigation until quiet
 * @property {number} scriptMs of that, in the extension's scripts
 * @property {number} heapBytes JS + DOM heap after a full collection
 * @property {number} longestMs the longest task
 * @property {number} ourLongestMs the most time the extension's scripts took in one task
 * @property {number} ourTaskMs the longest task they ran in, whole (the page's parsing may hold them)
 * @property {number} controls controls in all frames
 */

/**
 * @typedef {object} FramesFigures
 * @property {number} frames frames per page, the top document included
 * @property {{ with: FrameLoad, without: FrameLoad }} empty the page of empty frames, medians
 * @property {{ with: FrameLoad, without: FrameLoad }} mixed the page of half empty, half numbered frames, medians
 * @property {number} emptyFrameTaskMs main-thread time of the extension's scripts per empty frame
 * @property {number} emptyFrameHeapBytes heap added per empty frame
 * @property {number} numberFrameTaskMs main-thread time of the extension's scripts per frame with numbers
 * @property {number} numberFrameHeapBytes heap added per frame with numbers
 * @property {number} expectedControls numbers on the mixed page
 */

/** The two pages, served with the others. */
export function framePages() {
  const emptyFrames = '<iframe></iframe>'.repeat(FRAMES);
  const widget = (/** @type {number} */ index) =>
    `<p>Account ${index}: call <b>(425) 555-01${String(index).padStart(2, '0')}</b> or +1 206-555-02${String(index).padStart(2, '0')}.</p>`;
  const numbered = Array.from({ length: FRAMES / 2 }, (_, index) => `<iframe srcdoc="${widget(index)}"></iframe>`).join('');
  return [
    { path: '/frames-empty.html', html: framesHtml(emptyFrames) },
    { path: '/frames-mixed.html', html: framesHtml('<iframe></iframe>'.repeat(FRAMES / 2) + numbered) },
  ];
}

/** @param {string} frames */
function framesHtml(frames) {
  const done = `<script>addEventListener('load', () => document.dispatchEvent(new Event(${JSON.stringify(PAGE_DONE_EVENT)})));</script>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Frames</title></head><body><h1>Account overview</h1>${frames}${done}</body></html>`;
}

/**
 * @param {import('playwright-core').BrowserContext} withExtension
 * @param {import('playwright-core').BrowserContext} withoutExtension
 * @param {string} origin
 * @returns {Promise<FramesFigures>}
 */
export async function measureFrames(withExtension, withoutExtension, origin) {
  const empty = { with: await medianLoad(withExtension, origin, '/frames-empty.html'), without: await medianLoad(withoutExtension, origin, '/frames-empty.html') };
  const mixed = { with: await medianLoad(withExtension, origin, '/frames-mixed.html'), without: await medianLoad(withoutExtension, origin, '/frames-mixed.html') };
  const frames = FRAMES + 1;
  const emptyFrameTaskMs = empty.with.scriptMs / frames;
  const emptyFrameHeapBytes = (empty.with.heapBytes - empty.without.heapBytes) / frames;
  // The mixed page's empty frames (and its top document) cost what the empty page's do.
  const numbered = FRAMES / 2;
  const numberFrameTaskMs = (mixed.with.scriptMs - (frames - numbered) * emptyFrameTaskMs) / numbered;
  const numberFrameHeapBytes = (mixed.with.heapBytes - mixed.without.heapBytes - (frames - numbered) * emptyFrameHeapBytes) / numbered;
  return { frames, empty, mixed, emptyFrameTaskMs, emptyFrameHeapBytes, numberFrameTaskMs, numberFrameHeapBytes, expectedControls: FRAMES };
}

/**
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} origin
 * @param {string} path
 * @returns {Promise<FrameLoad>}
 */
async function medianLoad(context, origin, path) {
  /** @type {FrameLoad[]} */
  const loads = [];
  for (let load = 0; load < LOADS; load += 1) loads.push(await loadOnce(context, origin, path));
  const median = (/** @type {(load: FrameLoad) => number} */ pick) => loads.map(pick).sort((a, b) => a - b)[Math.floor(LOADS / 2)];
  const most = (/** @type {(load: FrameLoad) => number} */ pick) => Math.max(...loads.map(pick));
  return {
    taskMs: median((l) => l.taskMs),
    scriptMs: median((l) => l.scriptMs),
    heapBytes: median((l) => l.heapBytes),
    longestMs: most((l) => l.longestMs),
    ourLongestMs: most((l) => l.ourLongestMs),
    ourTaskMs: most((l) => l.ourTaskMs),
    controls: median((l) => l.controls),
  };
}

/**
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} origin
 * @param {string} path
 * @returns {Promise<FrameLoad>}
 */
async function loadOnce(context, origin, path) {
  const tab = await context.newPage();
  await tab.bringToFront();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Performance.enable');
  try {
    const before = await mainThreadTime(cdp);
    const tasks = await traceTasks(cdp, origin, async () => {
      await tab.goto(origin + path, { waitUntil: 'load' });
      await waitUntilQuiet(tab, cdp);
    });
    const { taskMs } = mainThreadDifference(await mainThreadTime(cdp), before);
    const heap = await heapAfterGc(cdp);
    const counts = await Promise.all(tab.frames().map((frame) => frame.evaluate((attribute) => document.querySelectorAll(`[${attribute}]`).length, HOST_ATTRIBUTE)));
    return {
      taskMs,
      scriptMs: tasks.extensionMs,
      heapBytes: heap.jsBytes + (heap.domBytes ?? 0),
      longestMs: tasks.longestMs,
      ourLongestMs: tasks.extensionLongestMs,
      ourTaskMs: tasks.extensionTaskMs,
      controls: counts.reduce((a, b) => a + b, 0),
    };
  } finally {
    await cdp.detach();
    await tab.close();
  }
}

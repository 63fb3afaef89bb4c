// `npm run bench` (package.json builds first): the performance figures of issues 3 and 11 from one
// run. Generates the pages, loads each in Chromium with the built extension and in the same
// Chromium without it, prints scan cost, responsiveness, memory, frames, streaming, clicks and the
// popup with their targets, and writes the results to test-output/bench.json. Missed targets are
// reported, never fatal: the exit code is non-zero only when the harness itself fails.
// BENCH_DIST=<dir> measures another build of the test extension (e.g. a copy of an older one).
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import nodePath from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureLoad, openExtensionBrowser, openPlainBrowser, runBaselinePasses, scrollThrough } from './browsers.mjs';
import { clickPage } from './click.mjs';
import { copyExtension } from './extension-copy.mjs';
import { framePages, measureFrames } from './frames.mjs';
import { measureCallViews } from './call-views.mjs';
import { formatPath, pathVerdicts } from './path-report.mjs';
import { measureStreams, streamPages } from './stream.mjs';
import { buildPageScripts } from './page-scripts.mjs';
import { generatePages } from './pages.mjs';
import { formatReport, METHODS } from './report.mjs';
import { startPageServer } from './server.mjs';
import { pageFigures, verdicts } from './summary.mjs';

const DIST = process.env.BENCH_DIST ?? fileURLToPath(new URL('../dist-test', import.meta.url));
const RESULTS_FILE = fileURLToPath(new URL('../test-output/bench.json', import.meta.url));

/**
 * Loads every page in one browser, closing it afterwards; `afterLoad` may measure more in the
 * loaded tab before it closes.
 * @template T
 * @param {import('./browsers.mjs').Browser} browser
 * @param {readonly import('./pages.mjs').BenchPage[]} pages
 * @param {string} origin
 * @param {(tab: import('playwright-core').Page, page: import('./pages.mjs').BenchPage) => Promise<T>} afterLoad
 * @returns {Promise<(import('./browsers.mjs').LoadMeasurement & T)[]>}
 */
async function measurePages(browser, pages, origin, afterLoad) {
  try {
    const results = [];
    for (const page of pages) {
      console.error(`  (${page.id}) ${page.title}`);
      const { tab, measurement } = await measureLoad(browser.context, origin + page.path);
      results.push({ ...measurement, ...(await afterLoad(tab, page)) });
      await tab.close();
    }
    return results;
  } finally {
    await browser.close();
  }
}

/**
 * @param {import('playwright-core').Page} tab
 * @param {import('./pages.mjs').BenchPage} page
 * @returns {Promise<{ scroll: import('./browsers.mjs').ScrollMeasurement | null }>}
 */
async function scrollIfAsked(tab, page) {
  return { scroll: page.scrolls ? await scrollThrough(tab) : null };
}

/**
 * Both browsers, one after the other so they never compete for the CPU.
 * @param {readonly import('./pages.mjs').BenchPage[]} pages
 * @param {string} origin
 * @param {string} extensionDir
 */
async function measureAll(pages, origin, extensionDir) {
  const pageScripts = await buildPageScripts();
  console.error('With the extension:');
  const withExtension = await measurePages(await openExtensionBrowser(extensionDir), pages, origin, (tab, page) => scrollIfAsked(tab, page));
  console.error('Without it (baseline and in-page passes):');
  const plain = await openPlainBrowser();
  const baseline = await measurePages(plain, pages, origin, async (tab, page) => ({
    ...(await runBaselinePasses(tab, page.root, pageScripts)),
    ...(await scrollIfAsked(tab, page)),
  }));
  return { chromium: plain.version, figures: pages.map((page, index) => pageFigures(page, withExtension[index], baseline[index])) };
}

/**
 * (d) and (e), alternating between both browsers page by page, then (f) and (g) in a browser of
 * their own with a connected call.
 * @param {string} origin
 * @param {string} extensionDir
 */
async function measureWholePath(origin, extensionDir) {
  const withExtension = await openExtensionBrowser(extensionDir);
  const plain = await openPlainBrowser();
  let frames;
  let streams;
  try {
    console.error('Frames (d):');
    frames = await measureFrames(withExtension.context, plain.context, origin);
    console.error('Streaming grid (e):');
    streams = await measureStreams(withExtension.context, plain.context, origin);
  } finally {
    await Promise.all([withExtension.close(), plain.close()]);
  }
  console.error('Clicks and popup (f, g):');
  return { frames, streams, ...(await measureCallViews(extensionDir, origin)) };
}

async function main() {
  const started = performance.now();
  // Timings mean little on a machine that is busy with other work; the report says so.
  const [loadAverage] = os.loadavg();
  const pages = generatePages();
  const served = [...pages, ...framePages(), ...streamPages(), clickPage()];
  const [extension, server] = await Promise.all([copyExtension(DIST), startPageServer(served)]);
  try {
    const { chromium, figures } = await measureAll(pages, server.origin, extension.dir);
    const path = await measureWholePath(server.origin, extension.dir);
    const results = {
      date: new Date().toISOString(),
      environment: { chromium, node: process.versions.node, cpus: os.availableParallelism(), loadAverage, contentScripts: extension.contentScripts },
      durationMs: performance.now() - started,
      pages: figures,
      verdicts: verdicts(figures),
      path,
      pathVerdicts: pathVerdicts(path),
      methods: METHODS,
    };
    console.log(formatReport(results));
    await mkdir(nodePath.dirname(RESULTS_FILE), { recursive: true });
    await writeFile(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\nResults: ${nodePath.relative(process.cwd(), RESULTS_FILE)}`);
  } finally {
    await Promise.all([server.close(), extension.remove()]);
  }
}

await main();

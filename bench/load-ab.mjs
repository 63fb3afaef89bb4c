// The load figures of bench/run.mjs's pages (a)–(c) for several builds of the test extension, each
// in a browser of its own, with a browser without the extension beside them for the heap baseline.
// Every round loads each page once in every browser, one after the other, so that all builds see the
// same machine load; the medians of the rounds and their ratios to the first build are printed.
// One load per build, as `npm run bench` takes, moves by 1.5–2× between runs on a shared machine.
// Usage: node bench/load-ab.mjs <base dist-test> <other dist-test> [more dist-test …] [--rounds N] [--pages abc]
import { parseArgs } from 'node:util';
import { measureLoad, openExtensionBrowser, openPlainBrowser } from './browsers.mjs';
import { copyExtension } from './extension-copy.mjs';
import { generatePages } from './pages.mjs';
import { percentile } from './path-report.mjs';
import { startPageServer } from './server.mjs';
import { controlTimes, longest } from './summary.mjs';

const { values, positionals: dists } = parseArgs({
  allowPositionals: true,
  options: { rounds: { type: 'string', default: '8' }, pages: { type: 'string', default: 'abc' } },
});
const ROUNDS = Number(values.rounds);

/**
 * @typedef {object} LoadFigures
 * @property {number | null} firstVisibleMs first visible control after DOMContentLoaded
 * @property {number | null} decorationMs last control present at load after DOMContentLoaded
 * @property {number} longestTaskMs
 * @property {number} heapBytes JS + DOM heap after a full collection
 * @property {number | null} addedRowMaxMs the slowest added row until its control (page (c))
 */

/**
 * @param {import('./browsers.mjs').LoadMeasurement} measurement
 * @returns {LoadFigures}
 */
function figuresOf({ report, heap }) {
  const { firstVisibleMs, decorationMs, addedRows } = controlTimes(report);
  return {
    firstVisibleMs,
    decorationMs,
    longestTaskMs: longest(report.longTasks),
    heapBytes: heap.jsBytes + (heap.domBytes ?? 0),
    addedRowMaxMs: addedRows?.max ?? null,
  };
}

/** @param {readonly number[]} values */
const median = (values) => percentile(values, 50);

/**
 * @param {import('./browsers.mjs').Browser} browser
 * @param {string} url
 */
async function loadOnce(browser, url) {
  const { tab, measurement } = await measureLoad(browser.context, url);
  await tab.close();
  return figuresOf(measurement);
}

/** @type {(keyof LoadFigures)[]} */
const TIMES = ['firstVisibleMs', 'decorationMs', 'longestTaskMs', 'addedRowMaxMs'];

async function main() {
  if (dists.length < 2) throw new Error('usage: node bench/load-ab.mjs <base dist-test> <other dist-test> [more …] [--rounds N] [--pages abc]');
  const pages = generatePages().filter((page) => values.pages.includes(page.id));
  const server = await startPageServer(pages);
  const extensions = await Promise.all(dists.map((dist) => copyExtension(dist)));
  const browsers = [];
  try {
    for (const extension of extensions) browsers.push(await openExtensionBrowser(extension.dir));
    const plain = await openPlainBrowser();
    browsers.push(plain);
    /** @type {LoadFigures[][][]} per page, per browser (the plain one last), per round */
    const results = pages.map(() => browsers.map(() => []));
    for (let round = 0; round < ROUNDS; round += 1) {
      console.error(`round ${round + 1} of ${ROUNDS}`);
      for (const [pageIndex, page] of pages.entries()) {
        for (const [browserIndex, browser] of browsers.entries()) {
          results[pageIndex][browserIndex].push(await loadOnce(browser, server.origin + page.path));
        }
      }
    }
    for (const [pageIndex, page] of pages.entries()) {
      console.log(`(${page.id}) ${page.title}: medians of ${ROUNDS} loads; ratio to ${dists[0]}`);
      const byBrowser = results[pageIndex];
      const plainHeap = median(byBrowser.at(-1).map((figures) => figures.heapBytes));
      const rows = dists.map((dist, index) => {
        const loads = byBrowser[index];
        const times = Object.fromEntries(TIMES.map((name) => [name, median(loads.map((figures) => figures[name] ?? Number.NaN))]));
        return { dist, ...times, heapGrowthBytes: median(loads.map((figures) => figures.heapBytes)) - plainHeap };
      });
      for (const row of rows) {
        const cells = [...TIMES, 'heapGrowthBytes'].map((name) => {
          const value = row[name];
          if (Number.isNaN(value)) return null;
          const shown = name === 'heapGrowthBytes' ? `${(value / 1e6).toFixed(1)} MB` : `${value.toFixed(1)} ms`;
          const ratio = row === rows[0] ? '' : ` (${(value / rows[0][name]).toFixed(2)})`;
          return `${name.replace(/Ms$|Bytes$/, '')} ${shown}${ratio}`;
        });
        console.log(`  ${row.dist}: ${cells.filter(Boolean).join(', ')}`);
      }
    }
  } finally {
    await Promise.all([...browsers.map((browser) => browser.close()), server.close(), ...extensions.map((extension) => extension.remove())]);
  }
}

await main();

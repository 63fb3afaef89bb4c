// (e) A long CRM grid that streams in: 10,000 rows in 100-row chunks, one task each, every chunk a
// row group with content-visibility: auto (a div grid, as CRMs' data grids are: the property does
// nothing on table parts). Two pages: one that leaves the main thread idle between chunks, and one
// whose chunks come back to back, each task also doing 20 ms of the app's own work, so the main
// thread is never idle while it streams. The figure is how long each row of the first screen waits
// for its control after it was added. On the first page, the run then jumps to far rows.
import { jumpThrough, measureLoad } from './browsers.mjs';
import { contactCells, PAGE_DONE_EVENT } from './pages.mjs';
import { seededRandom } from './numbers.mjs';

const ROWS = 10_000;
const CHUNK_ROWS = 100;
const PACED_GAP_MS = 20;
const BUSY_TASK_MS = 20;
const ROW_PX = 22;
const HOST_ATTRIBUTE = 'data-acs-transfer-target';
const ROW_SELECTOR = '[role="row"][data-added-at]';

/**
 * @typedef {object} StreamLoad
 * @property {number} visibleRows rows in the viewport once streaming ended
 * @property {number} decorated of those, rows with a control
 * @property {number} p50 ms from a visible row's insertion to its control
 * @property {number} max ms, the slowest visible row (NaN when one has none)
 * @property {number} streamMs first chunk to last
 * @property {number} longestTask ms, longest long task or long animation frame
 */

/**
 * @typedef {object} StreamFigures
 * @property {string} id 'e-paced' or 'e-busy'
 * @property {string} title
 * @property {StreamLoad} withExtension
 * @property {StreamLoad} withoutExtension
 * @property {import('./browsers.mjs').JumpMeasurement[]} jumps after streaming, with the extension (paced page only)
 * @property {import('./browsers.mjs').JumpMeasurement[]} jumpsWithout the same jumps without it
 */

const VARIANTS = [
  { id: 'e-paced', title: `streaming grid, idle ${PACED_GAP_MS} ms between chunks`, path: '/stream-paced.html', busy: false, jumps: true },
  { id: 'e-busy', title: `streaming grid, back-to-back chunk tasks of ${BUSY_TASK_MS} ms`, path: '/stream-busy.html', busy: true, jumps: false },
];

export function streamPages() {
  const random = seededRandom(5);
  const chunks = [];
  for (let start = 0; start < ROWS; start += CHUNK_ROWS) {
    chunks.push(Array.from({ length: CHUNK_ROWS }, (_, offset) => gridRow(start + offset, random)).join(''));
  }
  return VARIANTS.map((variant) => ({ path: variant.path, html: streamHtml(chunks, variant.busy) }));
}

/**
 * @param {number} index
 * @param {() => number} random
 */
function gridRow(index, random) {
  const cells = contactCells(index, random).map((cell) => `<div role="gridcell">${cell}</div>`).join('');
  return `<div role="row" data-row="${index}">${cells}</div>`;
}

/**
 * @param {string[]} chunks each chunk's rows as HTML
 * @param {boolean} busy
 */
function streamHtml(chunks, busy) {
  const data = JSON.stringify(chunks).replaceAll('</', '<\\/');
  // Back to back: a message task per chunk, posted from the previous one, as a streaming
  // renderer does; paced: a timer per chunk.
  const next = busy
    ? `const channel = new MessageChannel(); channel.port1.onmessage = step; const schedule = () => channel.port2.postMessage(null);`
    : `const schedule = () => setTimeout(step, ${PACED_GAP_MS});`;
  const work = busy ? `const until = performance.now() + ${BUSY_TASK_MS}; while (performance.now() < until) {}` : '';
  const script = `<script>
const chunks = ${data};
const grid = document.querySelector('[role="grid"]');
let index = 0;
${next}
function step() {
  ${work}
  const group = document.createElement('div');
  group.setAttribute('role', 'rowgroup');
  group.innerHTML = chunks[index];
  const addedAt = String(performance.now());
  for (const row of group.children) row.dataset.addedAt = addedAt;
  grid.append(group);
  index += 1;
  if (index < chunks.length) schedule();
  else document.dispatchEvent(new Event(${JSON.stringify(PAGE_DONE_EVENT)}));
}
document.addEventListener('DOMContentLoaded', () => { window.__streamStart = performance.now(); step(); });
</script>`;
  return (
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Grid</title>' +
    '<style>body{font:14px system-ui,sans-serif;margin:8px}[role=rowgroup]{content-visibility:auto;' +
    `contain-intrinsic-size:auto ${CHUNK_ROWS * ROW_PX}px}[role=row]{display:flex;height:${ROW_PX}px;align-items:center}` +
    '[role=gridcell]{flex:1 1 0;padding:0 6px;overflow:hidden;white-space:nowrap}</style></head>' +
    `<body><div role="grid" aria-label="Contacts"></div>${script}</body></html>`
  );
}

/**
 * @param {import('playwright-core').BrowserContext} withExtension
 * @param {import('playwright-core').BrowserContext} withoutExtension
 * @param {string} origin
 * @returns {Promise<StreamFigures[]>}
 */
export async function measureStreams(withExtension, withoutExtension, origin) {
  const figures = [];
  for (const variant of VARIANTS) {
    console.error(`  (${variant.id}) ${variant.title}`);
    const withIt = await loadStream(withExtension, origin + variant.path, variant.jumps);
    const without = await loadStream(withoutExtension, origin + variant.path, variant.jumps);
    figures.push({ id: variant.id, title: variant.title, withExtension: withIt.load, withoutExtension: without.load, jumps: withIt.jumps, jumpsWithout: without.jumps });
  }
  return figures;
}

/**
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} url
 * @param {boolean} jumps whether to jump to far rows afterwards
 * @returns {Promise<{ load: StreamLoad, jumps: import('./browsers.mjs').JumpMeasurement[] }>}
 */
async function loadStream(context, url, jumps) {
  const { tab, measurement } = await measureLoad(context, url);
  try {
    const rows = await tab.evaluate(({ attribute, rowSelector, FIRST_ROWS }) => {
      const firstControl = new Map();
      for (const host of /** @type {any} */ (window).__benchProbe.report().hosts) {
        if (host.addedAt !== null && !firstControl.has(host.row)) firstControl.set(host.row, host.time - host.addedAt);
      }
      const all = /** @type {HTMLElement[]} */ ([...document.querySelectorAll(rowSelector)]);
      // The page never scrolls, so its first screen is among the first rows; reading the boxes of
      // rows in skipped content-visibility chunks would lay the whole grid out.
      const visible = all.slice(0, FIRST_ROWS).filter((row) => {
        const box = row.getBoundingClientRect();
        return box.height > 0 && box.bottom > 0 && box.top < innerHeight;
      });
      const last = Number(all.at(-1)?.dataset.addedAt);
      return {
        latencies: visible.map((row) => firstControl.get(Number(row.dataset.row)) ?? null),
        decorated: visible.filter((row) => row.querySelector(`[${attribute}]`)).length,
        streamMs: last - /** @type {any} */ (window).__streamStart,
      };
    }, { attribute: HOST_ATTRIBUTE, rowSelector: ROW_SELECTOR, FIRST_ROWS: CHUNK_ROWS });
    const known = rows.latencies.filter((ms) => ms !== null).sort((a, b) => a - b);
    const load = {
      visibleRows: rows.latencies.length,
      decorated: rows.decorated,
      p50: known[Math.floor(known.length / 2)] ?? Number.NaN,
      max: known.length === rows.latencies.length ? (known.at(-1) ?? Number.NaN) : Number.NaN,
      streamMs: rows.streamMs,
      longestTask: Math.max(0, ...measurement.report.longTasks.map((task) => task.duration)),
    };
    return { load, jumps: jumps ? await jumpThrough(tab, ROW_SELECTOR) : [] };
  } finally {
    await tab.close();
  }
}

// From raw measurements to the figures of issue 3 point 8 and their targets. Pure functions: all
// times are milliseconds relative to DOMContentLoaded unless named otherwise.

const MB = 1024 * 1024;

/**
 * @typedef {object} PageFigures
 * @property {string} id
 * @property {string} title
 * @property {{ nodes: number, characters: number, numbers: number }} text what the in-page passes walked (the content
 *   present at load), and the phone numbers in it
 * @property {number} treeWalkerMs
 * @property {{ ms: number, ratio: number, found: number }} finder per-node libphonenumber
 * @property {{ ms: number, ratio: number, found: number }} scan our scan: the content script's walk and target finder, CPU only
 * @property {import('./browsers.mjs').MainThreadTime} mainThreadAdded renderer main-thread time of the load, with the
 *   extension minus without
 * @property {{ inserted: number, connected: number, expected: number }} controls inserted over the run, in the
 *   document at the end, and the phone numbers the page holds
 * @property {number} loadMs the load event (with the extension)
 * @property {number | null} firstVisibleMs
 * @property {number | null} decorationMs until the last control for content present at load was inserted: elapsed
 *   time, with the idle-time slices, layout waits and control creation of decoration, not a scan's cost
 * @property {{ withExtension: number, withoutExtension: number, longFramesWithExtension: number, longFramesWithoutExtension: number }} longestTask
 *   longest long task or long animation frame of the load, and how many long frames there were
 * @property {{ rows: number, decorated: number, p50: number, p95: number, max: number } | null} addedRows
 *   time from a row's insertion to its first control, for pages that add rows
 * @property {{ jsBytes: number, domBytes: number | null, totalBytes: number }} heap growth with the extension
 * @property {{ withExtension: import('./browsers.mjs').ScrollMeasurement, withoutExtension: import('./browsers.mjs').ScrollMeasurement } | null} scroll
 *   scrolling through the page after load, for pages that ask for it
 * @property {boolean} settled whether both loads went quiet before the timeout
 */

/**
 * @typedef {object} Target
 * @property {string} label
 * @property {(figures: PageFigures) => boolean} applies
 * @property {(figures: PageFigures) => boolean} met
 * @property {(figures: PageFigures) => string} value the figure the verdict is about
 */

/**
 * Combines one page's measurements from both browsers.
 * @param {import('./pages.mjs').BenchPage} page
 * @param {import('./browsers.mjs').LoadMeasurement & { scroll: import('./browsers.mjs').ScrollMeasurement | null }} withExtension
 * @param {import('./browsers.mjs').LoadMeasurement & import('./browsers.mjs').BaselinePasses & { scroll: import('./browsers.mjs').ScrollMeasurement | null }} baseline
 * @returns {PageFigures}
 */
export function pageFigures(page, withExtension, baseline) {
  const { report } = withExtension;
  const treeWalkerMs = baseline.treeWalker.ms;
  const times = controlTimes(report);
  // The whole load's: the content script starts at document_start and decorates while the page is
  // parsed, so frames before DOMContentLoaded can hold its work too.
  const withExtensionTasks = report.longTasks;
  const withoutExtensionTasks = baseline.report.longTasks;
  return {
    id: page.id,
    title: page.title,
    text: { nodes: baseline.treeWalker.nodes, characters: baseline.treeWalker.characters, numbers: page.rootNumbers },
    treeWalkerMs,
    finder: { ms: baseline.finder.ms, ratio: baseline.finder.ms / treeWalkerMs, found: baseline.finder.found },
    scan: { ms: baseline.scan.ms, ratio: baseline.scan.ms / treeWalkerMs, found: baseline.scan.found },
    mainThreadAdded: mainThreadDifference(withExtension.mainThread, baseline.mainThread),
    controls: { inserted: report.hosts.length, connected: report.connectedHosts, expected: page.numbers },
    loadMs: report.load - report.domContentLoaded,
    ...times,
    longestTask: {
      withExtension: longest(withExtensionTasks),
      withoutExtension: longest(withoutExtensionTasks),
      longFramesWithExtension: countFrames(withExtensionTasks),
      longFramesWithoutExtension: countFrames(withoutExtensionTasks),
    },
    scroll: withExtension.scroll && baseline.scroll ? { withExtension: withExtension.scroll, withoutExtension: baseline.scroll } : null,
    heap: heapGrowth(withExtension.heap, baseline.heap),
    settled: withExtension.settled && baseline.settled,
  };
}

/**
 * When one load's controls came: the first visible one and the last for content present at load
 * (from DOMContentLoaded), and each added row's first.
 * @param {import('./probe.mjs').ProbeReport} report
 * @returns {Pick<PageFigures, 'firstVisibleMs' | 'decorationMs' | 'addedRows'>}
 */
export function controlTimes(report) {
  const dcl = report.domContentLoaded;
  const initialTimes = report.hosts.filter((host) => host.addedAt === null).map((host) => host.time - dcl);
  const visibleTimes = report.hosts.filter((host) => host.visible).map((host) => host.time - dcl);
  return {
    firstVisibleMs: visibleTimes.length > 0 ? Math.min(...visibleTimes) : null,
    decorationMs: initialTimes.length > 0 ? Math.max(...initialTimes) : null,
    addedRows: report.addedRows > 0 ? addedRowLatencies(report) : null,
  };
}

/**
 * Main-thread time between two samples, or with the extension minus without it.
 * @param {import('./browsers.mjs').MainThreadTime} later
 * @param {import('./browsers.mjs').MainThreadTime} earlier
 * @returns {import('./browsers.mjs').MainThreadTime}
 */
export function mainThreadDifference(later, earlier) {
  return {
    taskMs: later.taskMs - earlier.taskMs,
    scriptMs: later.scriptMs - earlier.scriptMs,
    styleLayoutMs: later.styleLayoutMs - earlier.styleLayoutMs,
  };
}


/** @param {import('./probe.mjs').LongTask[]} tasks */
export function longest(tasks) {
  return Math.max(0, ...tasks.map((task) => task.duration));
}

/**
 * Frames only: a long task is also reported as part of its frame, so counting both would count
 * it twice.
 * @param {import('./probe.mjs').LongTask[]} tasks
 */
function countFrames(tasks) {
  return tasks.filter((task) => task.type === 'long-animation-frame').length;
}

/**
 * Per added row, the time from its insertion to its first control.
 * @param {import('./probe.mjs').ProbeReport} report
 */
function addedRowLatencies(report) {
  /** @type {Map<number, number>} */
  const firstControl = new Map();
  for (const host of report.hosts) {
    if (host.addedAt !== null && !firstControl.has(host.row)) firstControl.set(host.row, host.time - host.addedAt);
  }
  const latencies = [...firstControl.values()].sort((a, b) => a - b);
  return {
    rows: report.addedRows,
    decorated: latencies.length,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    max: latencies.at(-1) ?? Number.NaN,
  };
}

/**
 * Nearest-rank percentile of ascending values; NaN for none.
 * @param {readonly number[]} sorted
 * @param {number} p
 */
function percentile(sorted, p) {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * @param {{ jsBytes: number, domBytes: number | null }} withExtension
 * @param {{ jsBytes: number, domBytes: number | null }} baseline
 */
function heapGrowth(withExtension, baseline) {
  const jsBytes = withExtension.jsBytes - baseline.jsBytes;
  const domBytes = withExtension.domBytes === null || baseline.domBytes === null ? null : withExtension.domBytes - baseline.domBytes;
  return { jsBytes, domBytes, totalBytes: jsBytes + (domBytes ?? 0) };
}

/** The targets of issue 3 point 8, each judged per page. @type {Target[]} */
export const TARGETS = [
  {
    label: 'full scan ≤ 5× TreeWalker',
    applies: () => true,
    met: ({ scan }) => scan.ratio <= 5,
    value: ({ scan }) => formatRatio(scan.ratio),
  },
  {
    // The page's own long frames (its layout, its scripts) are not the extension's doing; a task
    // longer than the page causes without the extension is.
    label: 'no task > 50 ms from the extension',
    applies: () => true,
    met: ({ longestTask }) => longestTask.withExtension <= Math.max(50, longestTask.withoutExtension),
    value: ({ longestTask }) => `${formatMs(longestTask.withExtension)} (without: ${formatMs(longestTask.withoutExtension)})`,
  },
  {
    label: 'first visible control ≤ 50 ms after DCL',
    applies: () => true,
    met: ({ firstVisibleMs }) => firstVisibleMs !== null && firstVisibleMs <= 50,
    value: ({ firstVisibleMs }) => (firstVisibleMs === null ? 'none' : formatMs(firstVisibleMs)),
  },
  {
    label: 'every added row decorated ≤ 100 ms',
    applies: ({ addedRows }) => addedRows !== null,
    met: ({ addedRows }) => addedRows !== null && addedRows.decorated === addedRows.rows && addedRows.max <= 100,
    value: ({ addedRows }) => (addedRows === null ? '' : `max ${formatMs(addedRows.max)}, ${addedRows.decorated}/${addedRows.rows} rows`),
  },
  {
    label: 'heap growth < 10 MB (JS + DOM)',
    applies: () => true,
    met: ({ heap }) => heap.totalBytes < 10 * MB,
    value: ({ heap }) => formatBytes(heap.totalBytes),
  },
];

/**
 * Every target's verdict on every page it applies to.
 * @param {readonly PageFigures[]} pages
 */
export function verdicts(pages) {
  return TARGETS.map((target) => ({
    target: target.label,
    pages: pages.filter(target.applies).map((figures) => ({ page: figures.id, value: target.value(figures), met: target.met(figures) })),
  }));
}

/** @param {number} ms */
export function formatMs(ms) {
  if (Number.isNaN(ms)) return '—';
  if (Math.abs(ms) < 1) return `${ms.toFixed(2)} ms`;
  return Math.abs(ms) < 10 ? `${ms.toFixed(1)} ms` : `${Math.round(ms).toLocaleString('en-US')} ms`;
}

/** @param {number} ratio */
export function formatRatio(ratio) {
  return ratio < 10 ? `${ratio.toFixed(1)}×` : `${Math.round(ratio).toLocaleString('en-US')}×`;
}

/** @param {number} bytes */
export function formatBytes(bytes) {
  return `${(bytes / MB).toFixed(1)} MB`;
}

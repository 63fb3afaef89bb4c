// The printed form of a run: three tables (scan cost, responsiveness and memory, targets) and how
// each figure was measured.
import { formatPath } from './path-report.mjs';
import { formatBytes, formatMs, formatRatio } from './summary.mjs';

/** How each figure is measured; printed under the tables and stored with the results. */
export const METHODS = [
  'Two headless Chromiums, one after the other: one with the built extension (a copy of the test build, dist-test/, taken at the start: the production one matches no 127.0.0.1), one without it. Each page loads in a fresh tab from a local HTTP server on 127.0.0.1; the run waits until the page has signalled it is done and then, twice in a row for 500 ms, gained no control and ran < 25 ms of main-thread tasks.',
  'TreeWalker, per-node libphonenumber and our scan: three passes measured the same way inside the page without the extension (page.evaluate), over the content present at load. A run repeats its pass until 20 ms have passed (performance.now() in a page is coarsened to 0.1 ms) and gives the time per pass; the figure is the median of 5, 3 and 3 runs, after one untimed run of each that compiles the code and parses the phone metadata. Each pass\'s script is injected before its runs, so parsing it is not timed. The per-node pass calls findPhoneNumbersInText (libphonenumber-js/max, bundled on the fly with Vite, default country US) on every text node, as today\'s CTI extensions do.',
  'Our scan: the content script\'s own detection, its code imported rather than copied (bench/page/scan-entry.ts, bundled on the fly with Vite): one synchronous walk with src/content/walk.ts\'s createWalk, which skips the subtrees the extension never decorates and walks shadow roots too, calling candidates.ts\'s runTargets on the text of every run (runs.ts: the text of an inline formatting context, read as one string) and elementTargets on every phone link and form field (dialling country US). CPU only: no idle-time slices, layout waits, bookkeeping of existing controls or control creation, and nothing written to the page. "found" counts the targets one pass finds.',
  'Decoration: DOMContentLoaded until the last control (an element with data-acs-transfer-target) for the content present at load was inserted, recorded by a MutationObserver in the page. The content script decorates in idle-time slices, so this is elapsed time, not CPU time; "main-thread time added" is the CPU side: the renderer main thread\'s task time (DevTools Performance.getMetrics TaskDuration) from before the navigation until the page is quiet, with the extension minus without it, including the style and layout work its insertions cause.',
  'First visible control: the earliest inserted control that lies in the 1280×720 viewport (judged at the end; the page never scrolls). Times count from DOMContentLoaded; a control counts as inserted at the end of the task that inserted it, and one the content script wrote while the page was parsed counts at DOMContentLoaded (0 ms). "Load event" is the page\'s own load event (with the extension), for reference.',
  'Longest task: the longest PerformanceObserver "longtask" or "long-animation-frame" entry of the whole load (the content script starts at document_start and decorates while the page is parsed); in brackets, how many long frames. Long animation frames are included because Chromium\'s long tasks leave out a frame\'s style and layout work. The target counts a task as the extension\'s when it is over 50 ms and longer than the longest the same page has without the extension.',
  'Added rows: page (c) stamps each row it adds with performance.now(); the latency is the time until the row\'s first control was inserted.',
  'Heap growth: after a full garbage collection (HeapProfiler.collectGarbage), Runtime.getHeapUsage of the tab with the extension minus without it. The page and the content script share one V8 isolate, so the difference is the content script\'s JS heap (JS); embedderHeapUsedSize is Blink\'s heap (DOM), where the controls\' elements, shadow roots and layout objects live. The probe\'s own record of each control (~50 bytes) is counted as the extension\'s.',
  '(d) Frames: a page of 20 empty about:blank frames, and one of 10 empty and 10 srcdoc frames with two numbers each, each loaded 3 times in both browsers (medians; the longest of 3 for the longest figures). Main-thread time of the extension is the time of the trace events (DevTools tracing, devtools.timeline) that name a chrome-extension:// script on the page\'s renderer main thread: compiling and evaluating the content script, and calls into it (events, timers, observers, animation frames), outermost only; the most of it within one task is the per-task figure. Per empty frame: the empty page\'s time over its 21 documents; per frame with numbers: the rest of the mixed page\'s. Heap: after a full collection, with minus without, the same way.',
  '(e) Streaming grid: 10,000 rows of a div grid (role=row) added in 100-row chunks from DOMContentLoaded, one task each, every chunk a row group with content-visibility: auto; paced: a 20 ms timer between chunks; back to back: each chunk\'s task posts the next through a MessageChannel and first runs 20 ms of the app\'s own work. Each row is stamped with the time its chunk was added; the figure is, for every row in the viewport once streaming ended, the time until its first control was inserted. Jumps (paced page, after the load): scrollIntoView of rows 2,500, 5,000, 7,499 and 9,990, then frame by frame until every row in view has a control (only the 120 rows around the target are measured, as reading boxes in skipped chunks would lay them out); long animation frames within 600 ms of the jump, in both browsers.',
  '(f) Clicks: a third Chromium with the extension, the simulated engine at 0.1× timings and its demo call connected. A page shows one number ending 0000 (the simulator declines it, so the call comes back). Per click: the control\'s menu is opened and "Transfer call to …" clicked with page.mouse after resting on it 800 ms (the controls\' input protection); the click\'s time is the trusted click event\'s timeStamp in the page, the snapshot\'s the moment an extension page (the options page, which never wakes the worker) got the storage.session change showing a transfer in state None, both as performance.timeOrigin + time. Cold: the service worker is stopped (DevTools ServiceWorker.stopAllWorkers) after the rest, just before the click. Also, warm: when the open popup\'s DOM showed the requested step, and the badge text right after the snapshot was seen.',
  '(g) Popup: the popup\'s page opened in a new 380×640 tab 20 times (headless Chromium cannot open the toolbar popup; the popup window\'s own creation is not counted), with the demo call connected; the time is from navigation start to the task after the animation frame in which the connected call (data-testid="current-call") first appeared. Weight: the JS and CSS files the popup\'s HTML names (entry, module preloads, style sheets), raw and gzip.',
  'Scrolling (page (a)): after the load is measured, the same tab is brought to the front and scrolled down 120 px per frame for 300 frames (about 1,600 rows), in both browsers; each frame is timed from one step to the task after the next animation frame. With the extension, far rows get their controls as they come near, and each batch costs the page a relayout of its table; the last column says whether the rows in view at the end have theirs.',
];

/**
 * @typedef {object} RunResults
 * @property {string} date ISO timestamp of the run
 * @property {{ chromium: string, node: string, cpus: number, loadAverage: number, contentScripts: string[] }} environment
 *   loadAverage: the 1-minute load average when the run started; contentScripts: the measured build's content script
 * @property {number} durationMs the whole run
 * @property {import('./summary.mjs').PageFigures[]} pages
 * @property {ReturnType<typeof import('./summary.mjs').verdicts>} verdicts
 * @property {import('./path-report.mjs').PathFigures} path (d)–(g) and the jumps
 * @property {ReturnType<typeof import('./path-report.mjs').pathVerdicts>} pathVerdicts
 * @property {string[]} methods
 */

/**
 * The report as printed by `npm run bench`.
 * @param {RunResults} results
 * @returns {string}
 */
export function formatReport(results) {
  const { environment, pages } = results;
  const header = [
    `ACS Click-to-Transfer benchmark, ${results.date}: Chromium ${environment.chromium}, Node ${environment.node}, ${environment.cpus} CPUs, run took ${(results.durationMs / 1000).toFixed(0)} s`,
    `Content script measured: ${environment.contentScripts.join(', ')}`,
  ].join('\n');
  return [
    header,
    ...warnings(results),
    '',
    'Scan cost (×TW: ratio to the bare TreeWalker pass over the same page in this run; page (c): the 100 rows present at load)',
    table(scanCostRows(pages)),
    '',
    'Responsiveness and memory (times from DOMContentLoaded)',
    table(responsivenessRows(pages)),
    '',
    ...scrollSection(pages),
    ...formatPath(results.path, table),
    'Targets',
    table(targetRows(results)),
    '',
    'Targets of the whole path',
    table([['target', 'verdict'], ...results.pathVerdicts.map(({ target, met, value }) => [target, `${met ? 'met' : 'NOT MET'}: ${value}`])]),
    '',
    'Method',
    ...results.methods.map((method) => `- ${method}`),
  ].join('\n');
}

/**
 * Controls in the document against numbers on the page; insertions too when some were replaced.
 * @param {import('./summary.mjs').PageFigures['controls']} controls
 */
function controlCount({ inserted, connected, expected }) {
  const count = `${connected.toLocaleString('en-US')} for ${expected.toLocaleString('en-US')} numbers`;
  return inserted === connected ? count : `${count} (${inserted.toLocaleString('en-US')} inserted)`;
}

/**
 * What makes a run's figures less trustworthy.
 * @param {RunResults} results
 * @returns {string[]}
 */
function warnings({ environment, pages }) {
  const lines = [];
  // Half the cores busy already doubles the chance that any slice waits for a core.
  if (environment.loadAverage > environment.cpus / 2) {
    lines.push(`WARNING: the machine was busy when the run started (load average ${environment.loadAverage.toFixed(1)} on ${environment.cpus} CPUs); times are inflated.`);
  }
  const unsettled = pages.filter((page) => !page.settled).map((page) => `(${page.id})`);
  if (unsettled.length > 0) lines.push(`WARNING: ${unsettled.join(', ')} still busy at the timeout; their figures are partial.`);
  const bare = pages.filter((page) => page.controls.inserted === 0).map((page) => `(${page.id})`);
  if (bare.length > 0) lines.push(`WARNING: the content script inserted no control on ${bare.join(', ')}; did it load?`);
  return lines;
}

/** @param {readonly import('./summary.mjs').PageFigures[]} pages */
function scanCostRows(pages) {
  return [
    ['page', 'text walked', 'TreeWalker', 'per-node libphonenumber', 'our scan (in-page, CPU)', 'main-thread time added', 'controls'],
    ...pages.map((page) => [
      `(${page.id}) ${page.title}`,
      `${Math.round(page.text.characters / 1000).toLocaleString('en-US')} kB, ${page.text.nodes.toLocaleString('en-US')} nodes`,
      formatMs(page.treeWalkerMs),
      `${formatMs(page.finder.ms)} = ${formatRatio(page.finder.ratio)} (${page.finder.found.toLocaleString('en-US')} found)`,
      `${formatMs(page.scan.ms)} = ${formatRatio(page.scan.ratio)} (${page.scan.found.toLocaleString('en-US')} found for ${page.text.numbers.toLocaleString('en-US')} numbers)`,
      `${formatMs(page.mainThreadAdded.taskMs)} (script ${formatMs(page.mainThreadAdded.scriptMs)}, style + layout ${formatMs(page.mainThreadAdded.styleLayoutMs)})`,
      controlCount(page.controls),
    ]),
  ];
}

/** @param {readonly import('./summary.mjs').PageFigures[]} pages */
function responsivenessRows(pages) {
  return [
    ['page', 'load event', 'first visible control', 'decoration (last control at load)', 'longest task with / without ext. (long frames)', 'added rows p50 / p95 / max', 'heap growth JS + DOM'],
    ...pages.map((page) => {
      const { longestTask, addedRows, heap } = page;
      return [
        `(${page.id})`,
        formatMs(page.loadMs),
        page.firstVisibleMs === null ? 'none' : formatMs(page.firstVisibleMs),
        page.decorationMs === null ? 'none' : formatMs(page.decorationMs),
        `${formatMs(longestTask.withExtension)} (${longestTask.longFramesWithExtension}) / ${formatMs(longestTask.withoutExtension)} (${longestTask.longFramesWithoutExtension})`,
        addedRows === null ? '—' : `${formatMs(addedRows.p50)} / ${formatMs(addedRows.p95)} / ${formatMs(addedRows.max)}`,
        `${formatBytes(heap.jsBytes)} + ${heap.domBytes === null ? 'n/a' : formatBytes(heap.domBytes)}`,
      ];
    }),
  ];
}

/**
 * Scrolling after load, for the pages the run scrolls through; nothing when none does.
 * @param {readonly import('./summary.mjs').PageFigures[]} pages
 */
function scrollSection(pages) {
  const scrolled = pages.filter((page) => page.scroll !== null);
  if (scrolled.length === 0) return [];
  /** @param {import('./browsers.mjs').ScrollMeasurement} scroll */
  const frames = (scroll) => `${scroll.longFrames} of ${scroll.frames} over 50 ms, p95 ${formatMs(scroll.p95)}, max ${formatMs(scroll.max)}`;
  const rows = scrolled.map((page) => {
    const { withExtension, withoutExtension } = /** @type {NonNullable<typeof page.scroll>} */ (page.scroll);
    return [`(${page.id})`, frames(withExtension), frames(withoutExtension), `${withExtension.decoratedRows} of ${withExtension.visibleRows}`];
  });
  return [
    'Scrolling after load (one 120 px step per frame, 300 frames)',
    table([['page', 'frames with the extension', 'without it', 'rows in view with a control at the end'], ...rows]),
    '',
  ];
}

/** @param {RunResults} results */
function targetRows({ pages, verdicts }) {
  return [
    ['target', ...pages.map((page) => `(${page.id})`)],
    ...verdicts.map(({ target, pages: judged }) => [
      target,
      ...pages.map((page) => {
        const verdict = judged.find((entry) => entry.page === page.id);
        return verdict ? `${verdict.met ? 'met' : 'NOT MET'}: ${verdict.value}` : '—';
      }),
    ]),
  ];
}

/**
 * Left-aligned columns separated by two spaces, with a rule under the header row.
 * @param {string[][]} rows the header row first
 */
function table(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const line = (/** @type {string[]} */ row) => row.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd();
  return [line(rows[0]), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

// Chromium's own record of a tab's main-thread tasks (DevTools tracing): unlike the page's
// PerformanceObserver, it sees every task of every frame from the first byte, the content
// script's start at document_start included, in frames the page cannot observe; and which of the
// time went to the extension's scripts (events naming a chrome-extension:// script).
const CATEGORIES = ['disabled-by-default-devtools.timeline', 'devtools.timeline', 'toplevel'];

/**
 * @typedef {{ name: string, ph: string, pid: number, tid: number, ts: number, dur?: number, args?: any }} TraceEvent
 * @typedef {object} TaskSummary
 * @property {number} longestMs the longest task of the page's renderer
 * @property {number} extensionMs time in the extension's scripts (compiling, running, calls into them)
 * @property {number} extensionLongestMs the most of that in one task
 * @property {number} extensionTaskMs the longest task the extension's scripts ran in, whole
 */

const EXTENSION_URL = 'chrome-extension://';

/**
 * Traces while `run` runs and returns the renderer main-thread tasks of the pages at `origin`.
 * @param {import('playwright-core').CDPSession} cdp a session on the tab
 * @param {string} origin pages whose renderer counts, e.g. http://127.0.0.1:1234
 * @param {() => Promise<void>} run
 * @returns {Promise<TaskSummary>}
 */
export async function traceTasks(cdp, origin, run) {
  /** @type {TraceEvent[]} */
  const events = [];
  const collect = (/** @type {{ value: TraceEvent[] }} */ { value }) => events.push(...value);
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
  try {
    await run();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
  }
  const onMain = mainThreadEvents(events, origin);
  return summarise(
    onMain.filter((event) => event.name === 'RunTask'),
    onMain.filter((event) => scriptUrl(event).startsWith(EXTENSION_URL)),
  );
}

/** @param {TraceEvent} event */
function scriptUrl(event) {
  const data = event.args?.data ?? {};
  return String(data.url ?? data.scriptName ?? data.fileName ?? '');
}

/**
 * Complete events on the CrRendererMain threads of the processes that parsed a page of `origin`.
 * @param {readonly TraceEvent[]} events
 * @param {string} origin
 */
function mainThreadEvents(events, origin) {
  const pids = new Set(
    events.filter((event) => event.name === 'ParseHTML' && String(event.args?.beginData?.url ?? '').startsWith(origin)).map((event) => event.pid),
  );
  const mainThreads = new Set(
    events
      .filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain' && pids.has(event.pid))
      .map((event) => `${event.pid}:${event.tid}`),
  );
  return events.filter((event) => event.ph === 'X' && mainThreads.has(`${event.pid}:${event.tid}`));
}

/**
 * The extension's script events are counted outermost only (a call inside a compile or a call is
 * part of it), each within the task it ran in.
 * @param {readonly TraceEvent[]} tasks
 * @param {readonly TraceEvent[]} scripts
 * @returns {TaskSummary}
 */
function summarise(tasks, scripts) {
  const end = (/** @type {TraceEvent} */ event) => event.ts + (event.dur ?? 0);
  const sorted = [...scripts].sort((a, b) => a.ts - b.ts || end(b) - end(a));
  /** @type {TraceEvent[]} */
  const outermost = [];
  for (const event of sorted) if (!outermost.length || event.ts >= end(/** @type {TraceEvent} */ (outermost.at(-1)))) outermost.push(event);
  let extensionLongestMs = 0;
  let extensionTaskMs = 0;
  for (const task of tasks) {
    const inside = outermost.filter((event) => event.ts >= task.ts && end(event) <= end(task));
    if (inside.length === 0) continue;
    extensionLongestMs = Math.max(extensionLongestMs, inside.reduce((sum, event) => sum + (event.dur ?? 0), 0) / 1000);
    extensionTaskMs = Math.max(extensionTaskMs, (task.dur ?? 0) / 1000);
  }
  return {
    longestMs: Math.max(0, ...tasks.map((task) => (task.dur ?? 0) / 1000)),
    extensionMs: outermost.reduce((sum, event) => sum + (event.dur ?? 0), 0) / 1000,
    extensionLongestMs,
    extensionTaskMs,
  };
}

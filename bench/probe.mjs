// Code that runs inside the benchmarked pages. Playwright serialises these functions into the
// page, so they use nothing from this module's scope and take their inputs as one argument.

/**
 * @typedef {object} ProbeOptions
 * @property {string} hostAttribute the attribute every control host carries
 * @property {string} doneEvent the event the page dispatches once it stops changing
 */

/**
 * @typedef {object} HostRecord
 * @property {number} time when it was inserted: the end of the task that inserted it (ms since navigation start)
 * @property {boolean} visible whether it lies in the viewport at report time
 * @property {number} row the table row it sits in (or a grid's data-row), -1 outside both
 * @property {number | null} addedAt that row's data-added-at stamp, null for content present at load
 */

/** @typedef {{ type: string, start: number, duration: number }} LongTask */

/**
 * @typedef {object} ProbeReport
 * @property {number} domContentLoaded navigation timing's domContentLoadedEventStart
 * @property {number} load navigation timing's loadEventStart
 * @property {HostRecord[]} hosts every control host inserted, in order
 * @property {number} connectedHosts hosts in the document at report time
 * @property {number} addedRows rows the page added after load
 * @property {LongTask[]} longTasks 'longtask' and 'long-animation-frame' entries
 */

/**
 * The init script, installed in the main world before any page script, the same way with and
 * without the extension so both runs carry the same overhead. Exposes window.__benchProbe.
 *
 * From DOMContentLoaded on, one MutationObserver notes each control host as it is inserted. The
 * content script starts decorating while the page is parsed; hosts already there at
 * DOMContentLoaded are noted then, with that time (observing the parse itself would add a record
 * per parsed node to both runs). Visibility
 * is judged at report time rather than at insertion: reading layout inside the observer would add
 * a forced layout to the extension's own tasks, and the benchmark never scrolls.
 *
 * Long tasks come from two observers: 'longtask' entries, and 'long-animation-frame' entries,
 * because Chromium's long tasks leave out the style and layout work of a frame, which is where a
 * page pays for DOM insertions.
 * @param {ProbeOptions} options
 */
export function installProbe({ hostAttribute, doneEvent }) {
  /** @type {{ element: Element, time: number }[]} */
  const hosts = [];
  /** @type {import('./probe.mjs').LongTask[]} */
  const longTasks = [];
  for (const type of ['longtask', 'long-animation-frame']) {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push({ type, start: entry.startTime, duration: entry.duration });
    }).observe({ type, buffered: true });
  }

  const observer = new MutationObserver((records) => {
    const time = performance.now();
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element && node.hasAttribute(hostAttribute)) hosts.push({ element: node, time });
      }
    }
  });
  document.addEventListener(
    'DOMContentLoaded',
    () => {
      const time = performance.now();
      for (const element of document.querySelectorAll(`[${hostAttribute}]`)) hosts.push({ element, time });
      observer.observe(document, { childList: true, subtree: true });
    },
    { once: true },
  );
  const done = new Promise((resolve) => document.addEventListener(doneEvent, () => resolve(undefined), { once: true }));

  /** @param {Element} element */
  const inViewport = (element) => {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
  };

  /** @param {{ element: Element, time: number }} host */
  const describe = ({ element, time }) => {
    // A table row, or a grid's row (role="row", numbered by data-row).
    const row = /** @type {HTMLElement | null} */ (element.closest('tr, [role="row"]'));
    const stamp = row?.dataset.addedAt;
    const index = row instanceof HTMLTableRowElement ? row.rowIndex : Number(row?.dataset.row ?? -1);
    return { time, visible: inViewport(element), row: index, addedAt: stamp ? Number(stamp) : null };
  };

  /** @returns {import('./probe.mjs').ProbeReport} */
  const report = () => {
    const [navigation] = /** @type {PerformanceNavigationTiming[]} */ (performance.getEntriesByType('navigation'));
    return {
      domContentLoaded: navigation.domContentLoadedEventStart,
      load: navigation.loadEventStart,
      hosts: hosts.map(describe),
      connectedHosts: document.querySelectorAll(`[${hostAttribute}]`).length,
      addedRows: document.querySelectorAll('tr[data-added-at], [role="row"][data-added-at]').length,
      longTasks,
    };
  };

  Object.defineProperty(window, '__benchProbe', { value: { done, hostCount: () => hosts.length, report } });
}

/**
 * The bare baseline: a TreeWalker pass over every text node under `rootSelector`, reading each
 * node's text, which is the least any scanner has to do. Passes repeat until `minMs` have passed,
 * because performance.now() in a page is coarsened to 0.1 ms and a small page walks faster.
 * @param {{ rootSelector: string, minMs: number }} options
 * @returns {{ ms: number, passes: number, nodes: number, characters: number }} ms per pass
 */
export function treeWalkerPass({ rootSelector, minMs }) {
  const root = /** @type {Element} */ (document.querySelector(rootSelector));
  const start = performance.now();
  let passes = 0;
  let nodes = 0;
  let characters = 0;
  do {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    nodes = 0;
    characters = 0;
    while (walker.nextNode()) {
      nodes += 1;
      characters += /** @type {Text} */ (walker.currentNode).data.length;
    }
    passes += 1;
  } while (performance.now() - start < minMs);
  return { ms: (performance.now() - start) / passes, passes, nodes, characters };
}

/**
 * The approach of today's CTI extensions: the same walk, with libphonenumber's
 * findPhoneNumbersInText on every text node, repeated like treeWalkerPass. Needs the script from
 * page-scripts.mjs that defines the global `libphonenumber`.
 * @param {{ rootSelector: string, minMs: number, country: string }} options
 * @returns {{ ms: number, passes: number, found: number }} ms per pass; found in one pass
 */
export function perNodeFinderPass({ rootSelector, minMs, country }) {
  const { findPhoneNumbersInText } = /** @type {any} */ (window).libphonenumber;
  const root = /** @type {Element} */ (document.querySelector(rootSelector));
  const start = performance.now();
  let passes = 0;
  let found = 0;
  do {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    found = 0;
    while (walker.nextNode()) {
      found += findPhoneNumbersInText(/** @type {Text} */ (walker.currentNode).data, { defaultCountry: country }).length;
    }
    passes += 1;
  } while (performance.now() - start < minMs);
  return { ms: (performance.now() - start) / passes, passes, found };
}

/**
 * Our scan: the content script's own walk and target finder, CPU only, repeated like
 * treeWalkerPass (the loop is page/scan-entry.ts's scanPass). Needs the script from
 * page-scripts.mjs that defines the global `acsScan`.
 * @param {{ rootSelector: string, minMs: number, country: string }} options
 * @returns {{ ms: number, passes: number, found: number }} ms per pass; found in one pass
 */
export function ourScanPass(options) {
  return /** @type {any} */ (window).acsScan.scanPass(options);
}

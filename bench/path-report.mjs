// The whole path's figures, (d) to (g): their targets, verdicts and printed
// tables. Pure functions of the measurements.
import { formatBytes, formatMs } from './summary.mjs';

/**
 * @typedef {object} PathFigures
 * @property {import('./frames.mjs').FramesFigures} frames (d)
 * @property {import('./stream.mjs').StreamFigures[]} streams (e), with the jumps to far rows
 * @property {import('./click.mjs').ClickFigures} clicks (f)
 * @property {import('./popup.mjs').PopupFigures} popup (g)
 */

const MB = 1024 * 1024;

/**
 * Nearest-rank percentile; NaN for none.
 * @param {readonly number[]} values
 * @param {number} p
 */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** @param {PathFigures} figures */
export function pathVerdicts({ frames, streams, clicks, popup }) {
  const jumps = streams.flatMap((stream) => stream.jumps);
  const ourLongest = Math.max(frames.empty.with.ourLongestMs, frames.mixed.with.ourLongestMs);
  const slowestJump = Math.max(...jumps.map((jump) => jump.decoratedMs ?? Number.POSITIVE_INFINITY));
  // A jump costs the page frames of its own (rendering skipped chunks): ours are the longer ones.
  const jumpsWithout = streams.flatMap((stream) => stream.jumpsWithout);
  const longerJumpFrames = jumps.filter((jump, index) => jump.longestFrameMs > Math.max(50, jumpsWithout[index]?.longestFrameMs ?? 0));
  const warm = percentile(clicks.warm.snapshotMs, 50);
  const cold = percentile(clicks.cold.snapshotMs, 50);
  const badges = [...clicks.warm.badges, ...clicks.cold.badges];
  const painted = percentile(popup.paintedMs, 50);
  return [
    verdict('(d) empty frame: main-thread time ≤ 5 ms', frames.emptyFrameTaskMs <= 5, formatMs(frames.emptyFrameTaskMs)),
    verdict('(d) empty frame: heap added ≤ 1 MB', frames.emptyFrameHeapBytes <= MB, formatBytes(frames.emptyFrameHeapBytes)),
    verdict('(d) ≤ 50 ms of ours in any one task', ourLongest <= 50, formatMs(ourLongest)),
    verdict('(d) every number in the frames has its control', frames.mixed.with.controls === frames.expectedControls, `${frames.mixed.with.controls} of ${frames.expectedControls}`),
    ...streams.map((stream) => {
      const { max, decorated, visibleRows } = stream.withExtension;
      return verdict(`(${stream.id}) every on-screen row decorated ≤ 300 ms after it appeared`, decorated === visibleRows && max <= 300, `max ${formatMs(max)}, ${decorated}/${visibleRows} rows`);
    }),
    verdict('(e) after a jump to a far row, rows in view decorated ≤ 250 ms', slowestJump <= 250, `slowest ${formatMs(slowestJump)}`),
    verdict(
      '(e) after a jump, no frame > 50 ms longer than without us',
      longerJumpFrames.length === 0,
      `${longerJumpFrames.length} of ${jumps.length} jumps`,
    ),
    verdict('(f) click → snapshot shows the request, warm p50 ≤ 30 ms', warm <= 30, formatMs(warm)),
    verdict('(f) click → snapshot shows the request, cold p50 ≤ 150 ms', cold <= 150, formatMs(cold)),
    verdict('(f) the badge shows the request at once (→)', badges.every((text) => text === '→'), `${badges.filter((text) => text === '→').length} of ${badges.length}`),
    verdict('(g) popup open → live call painted, p50 ≤ 100 ms', painted <= 100, formatMs(painted)),
  ];
}

/**
 * @param {string} target
 * @param {boolean} met
 * @param {string} value
 */
function verdict(target, met, value) {
  return { target, met, value };
}

/**
 * The printed tables.
 * @param {PathFigures} figures
 * @param {(rows: string[][]) => string} table
 * @returns {string[]}
 */
export function formatPath({ frames, streams, clicks, popup }, table) {
  const jumps = streams.flatMap((stream) => stream.jumps);
  const jumpsWithout = streams.flatMap((stream) => stream.jumpsWithout);
  const load = (/** @type {import('./frames.mjs').FrameLoad} */ l) => `${formatMs(l.taskMs)}, ${formatBytes(l.heapBytes)}, longest ${formatMs(l.longestMs)}`;
  const ours = (/** @type {import('./frames.mjs').FrameLoad} */ l) => `${formatMs(l.scriptMs)}; at most ${formatMs(l.ourLongestMs)} in a task (of ${formatMs(l.ourTaskMs)})`;
  const spread = (/** @type {number[]} */ values) => `p50 ${formatMs(percentile(values, 50))}, p95 ${formatMs(percentile(values, 95))} (${values.length})`;
  return [
    `(d) ${frames.frames} documents (top + 20 frames), medians of 3 loads: renderer main-thread time, heap, longest task; the extension's scripts' time (DevTools trace)`,
    table([
      ['page', 'with the extension', 'without', "extension's scripts", 'per frame: scripts, heap added'],
      ['20 empty frames', load(frames.empty.with), load(frames.empty.without), ours(frames.empty.with), `${formatMs(frames.emptyFrameTaskMs)}, ${formatBytes(frames.emptyFrameHeapBytes)} per empty frame`],
      ['10 empty + 10 with two numbers', load(frames.mixed.with), load(frames.mixed.without), ours(frames.mixed.with), `${formatMs(frames.numberFrameTaskMs)}, ${formatBytes(frames.numberFrameHeapBytes)} per frame with numbers`],
    ]),
    '',
    '(e) Streaming grid, 10,000 rows in 100-row chunks: a first-screen row\'s insertion until its control',
    table([
      ['page', 'rows in view decorated', 'p50 / max', 'streaming took', 'longest task with / without'],
      ...streams.map((stream) => [
        `(${stream.id}) ${stream.title}`,
        `${stream.withExtension.decorated} of ${stream.withExtension.visibleRows}`,
        `${formatMs(stream.withExtension.p50)} / ${formatMs(stream.withExtension.max)}`,
        `${formatMs(stream.withExtension.streamMs)} (without: ${formatMs(stream.withoutExtension.streamMs)})`,
        `${formatMs(stream.withExtension.longestTask)} / ${formatMs(stream.withoutExtension.longestTask)}`,
      ]),
    ]),
    '',
    '(e) Jumps to far rows of the streamed grid (idle page): until every row in view has its control; longest frame after the jump with / without',
    table([
      ['row', 'decorated after', 'longest frame with / without'],
      ...jumps.map((jump, index) => [
        String(jump.row),
        jump.decoratedMs === null ? 'never' : formatMs(jump.decoratedMs),
        `${formatMs(jump.longestFrameMs)} / ${formatMs(jumpsWithout[index]?.longestFrameMs ?? Number.NaN)}`,
      ]),
    ]),
    '',
    '(f) Trusted click on "Transfer call to …" until the snapshot shows the transfer requested',
    table([
      ['worker', 'click → snapshot', 'click → popup shows it', 'badge'],
      ['warm', spread(clicks.warm.snapshotMs), spread(clicks.warm.popupMs), badgeCounts(clicks.warm.badges)],
      ['stopped before the click', spread(clicks.cold.snapshotMs), '—', badgeCounts(clicks.cold.badges)],
    ]),
    '',
    `(g) Popup: open → live call painted ${spread(popup.paintedMs)}; loads ${popup.weight.files} files, JS ${formatBytes(popup.weight.jsBytes)}, CSS ${(popup.weight.cssBytes / 1024).toFixed(1)} KB, ${(popup.weight.gzipBytes / 1024).toFixed(0)} KB gzip`,
    '',
  ];
}

/** @param {string[]} badges */
function badgeCounts(badges) {
  const counts = new Map();
  for (const text of badges) counts.set(text || '(none)', (counts.get(text || '(none)') ?? 0) + 1);
  return [...counts].map(([text, count]) => `${text} ×${count}`).join(', ');
}

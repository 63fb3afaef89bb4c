// Work in slices of about 8 ms: low-priority slices when the page has nothing more urgent to do,
// so a big CRM page keeps scrolling while it is decorated; slices that take turns with the page's
// own tasks for finding targets, so a busy page's first screen is not left waiting; and frame
// slices for the controls the agent is about to see.
import type { AfterFrame, ScheduleSlice, View } from './seams.ts';

const SLICE_MS = 8;
// A page that is never idle (live dashboards) would otherwise never be decorated.
const IDLE_TIMEOUT_MS = 1000;
const FALLBACK_DELAY_MS = 16;

export function idleSlices(view: View): ScheduleSlice {
  if (typeof view.scheduler?.postTask === 'function') return backgroundSlices(view, view.scheduler);
  return (slice) => {
    if (typeof view.requestIdleCallback === 'function') {
      // Called through the timeout, the deadline reads 0: still do one slice.
      const handle = view.requestIdleCallback(
        (deadline) => slice(budget(Math.min(SLICE_MS, deadline.timeRemaining() || SLICE_MS))),
        { timeout: IDLE_TIMEOUT_MS },
      );
      return () => view.cancelIdleCallback(handle);
    }
    const handle = view.setTimeout(() => slice(budget(SLICE_MS)), FALLBACK_DELAY_MS);
    return () => view.clearTimeout(handle);
  };
}

/**
 * Background tasks (Chrome 94+) run whenever the page has nothing more urgent, between its own
 * tasks and frames. An idle callback posted from an idle callback waits for the next idle period,
 * up to 50 ms away on a quiet page: a 100,000-node page took ~4.7 s for ~0.7 s of work that way,
 * ~1 s with background tasks (test/e2e/content.test.mjs, many-nodes).
 */
function backgroundSlices(view: View, scheduler: Scheduler): ScheduleSlice {
  return (slice) => {
    const controller = new AbortController();
    // Whichever of the task and the timeout comes first runs the slice and cancels the other.
    const run = (): void => {
      controller.abort();
      slice(budget(SLICE_MS));
    };
    const timer = view.setTimeout(run, IDLE_TIMEOUT_MS);
    controller.signal.addEventListener('abort', () => view.clearTimeout(timer), { once: true });
    // A cancelled task rejects its promise: the expected outcome of cancelling, not an error.
    scheduler.postTask(run, { priority: 'background', signal: controller.signal }).catch(() => undefined);
    return () => controller.abort();
  };
}

/**
 * User-visible tasks (scheduler.postTask, Chrome 94+) take turns with the page's own tasks. A page
 * that streams its rows in back-to-back tasks is never idle until it stops: on the benchmark's
 * streaming grid, the first screen's rows waited ~2.1 s for their controls in background slices
 * (npm run bench, (e)). Without the scheduler, a zero-delay timer is the nearest equivalent.
 */
export function visibleSlices(view: View): ScheduleSlice {
  const { scheduler } = view;
  if (typeof scheduler?.postTask !== 'function') {
    return (slice) => {
      const handle = view.setTimeout(() => slice(budget(SLICE_MS)), 0);
      return () => view.clearTimeout(handle);
    };
  }
  return (slice) => {
    const controller = new AbortController();
    // A cancelled task rejects its promise: the expected outcome of cancelling, not an error.
    scheduler.postTask(() => slice(budget(SLICE_MS)), { priority: 'user-visible', signal: controller.signal }).catch(() => undefined);
    return () => controller.abort();
  };
}

/**
 * Slices just before the next frame's style and layout, so the controls written in one are laid
 * out with the page's own changes in that frame. Hidden documents run none: there is nothing to see.
 */
export function frameSlices(view: View): ScheduleSlice {
  return (slice) => {
    const handle = view.requestAnimationFrame(() => slice(budget(SLICE_MS)));
    return () => view.cancelAnimationFrame(handle);
  };
}

/**
 * How long the next frame's rendering takes: animation frame callbacks run at its start, and a
 * message posted from one is handled once its style, layout and paint are done. Hidden documents
 * render no frame, and report nothing until they are shown.
 */
export function afterNextFrame(view: View): AfterFrame {
  return (rendered) => {
    let cancelled = false;
    const handle = view.requestAnimationFrame(() => {
      const start = performance.now();
      const channel = new view.MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        if (!cancelled) rendered(performance.now() - start);
      };
      channel.port2.postMessage(null);
    });
    return () => {
      cancelled = true;
      view.cancelAnimationFrame(handle);
    };
  };
}

/** A slice's worth of time from now (or `ms`), for work in a task it did not schedule. */
export function sliceBudget(ms = SLICE_MS): () => boolean {
  return budget(ms);
}

function budget(ms: number): () => boolean {
  const end = performance.now() + ms;
  return () => performance.now() < end;
}

/**
 * Returns `kick`: schedules one slice of `run` unless one is pending; `run` returns true while
 * work is left, which schedules the next slice.
 */
export function sliceRunner(schedule: ScheduleSlice, run: (hasTime: () => boolean) => boolean, signal: AbortSignal): () => void {
  let cancel: (() => void) | undefined;
  signal.addEventListener('abort', () => cancel?.(), { once: true });
  const kick = (): void => {
    if (cancel || signal.aborted) return;
    cancel = schedule((hasTime) => {
      cancel = undefined;
      if (!signal.aborted && run(hasTime)) kick();
    });
  };
  return kick;
}

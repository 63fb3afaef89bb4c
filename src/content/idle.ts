// Idle-time slices (notes/libraries-and-style.md A.7 #7): work runs in slices of about 8 ms so a
// big CRM page keeps scrolling while it is scanned.
import type { ScheduleSlice, View } from './types.ts';

const SLICE_MS = 8;
// A page that is never idle (live dashboards) would otherwise never be decorated.
const IDLE_TIMEOUT_MS = 1000;
const FALLBACK_DELAY_MS = 16;

export function idleSlices(view: View): ScheduleSlice {
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

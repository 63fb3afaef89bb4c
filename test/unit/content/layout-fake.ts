// Stand-ins for the layout and the schedulers, apart from helpers.ts so that a test mocking
// layout.ts can use them without importing the app it mocks the layout of.
import type { Layout, Placed, ScheduleSlice } from '../../../src/content/seams.ts';

/**
 * happy-dom has no layout, and its IntersectionObserver never reports: here every rendered element
 * (by computed style, as an IntersectionObserver sees none under display:none) is near the visible
 * area, reported as soon as it is watched.
 */
export function everythingNear(placed: Placed): Layout {
  return {
    watch: (element) => {
      if (element.checkVisibility()) placed(element, true);
    },
    unwatch: () => undefined,
    findUnrendered: (elements, report) => {
      queueMicrotask(() => report(elements.filter((element) => !element.checkVisibility())));
    },
    inViewport: (elements) => elements.map(() => true),
    disconnect: () => undefined,
  };
}

export type Slice = Parameters<ScheduleSlice>[0];

/** A scheduler whose slices wait in `slices` until the test runs them. */
export function queued(slices: Slice[]): ScheduleSlice {
  return (slice) => {
    slices.push(slice);
    return () => undefined;
  };
}

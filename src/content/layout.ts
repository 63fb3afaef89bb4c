// Where candidates are, from two IntersectionObservers: they report after the browser's own layout
// of a frame, so the scan never forces one. checkVisibility and getBoundingClientRect in the scan
// did, at 312–495 ms a time on a 10,000-row table (issue 3, point 8).
import type { Layout, Placed, View } from './seams.ts';

// A viewport above, below and to each side of the visible area: controls are there before a
// scroll brings their rows into view.
const NEAR = '100%';
// Far beyond any page, so "intersecting" means "rendered", wherever it is scrolled to.
const EVERYWHERE = '1000000px';

export function domLayout(view: View, placed: Placed): Layout {
  // The document as root keeps rootMargin working in cross-origin frames.
  const options = (rootMargin: string): IntersectionObserverInit => ({ root: view.document, rootMargin });
  const oneShots = new Set<IntersectionObserver>();
  const near = new view.IntersectionObserver((entries) => {
    for (const { target, isIntersecting } of entries) if (isIntersecting) placed(target, true);
  }, options(NEAR));
  // An element scrolled out of a scroll container's view intersects nothing, whatever the root
  // margin, but has a box: it is rendered. One that is not (display:none) has none, and stays
  // observed until it is shown.
  const rendered = new view.IntersectionObserver((entries, observer) => {
    for (const entry of entries) {
      if (hasNoBox(entry)) continue;
      observer.unobserve(entry.target);
      placed(entry.target, false);
    }
  }, options(EVERYWHERE));
  return {
    watch: (element) => {
      near.observe(element);
      rendered.observe(element);
    },
    unwatch: (element) => {
      near.unobserve(element);
      rendered.unobserve(element);
    },
    findUnrendered: (elements, report) => {
      const waiting = new Set(elements);
      const unrendered: Element[] = [];
      const observer = new view.IntersectionObserver((entries) => {
        for (const entry of entries) {
          if (hasNoBox(entry)) unrendered.push(entry.target);
          waiting.delete(entry.target);
        }
        if (waiting.size > 0) return;
        observer.disconnect();
        oneShots.delete(observer);
        report(unrendered);
      }, options(EVERYWHERE));
      oneShots.add(observer);
      for (const element of waiting) observer.observe(element);
    },
    inViewport: (elements) => elements.map((element) => isInViewport(view, element)),
    disconnect: () => {
      near.disconnect();
      rendered.disconnect();
      for (const observer of oneShots) observer.disconnect();
    },
  };
}

/** Not rendered (display:none and the like), as an observer with a page-sized margin sees it. */
function hasNoBox({ isIntersecting, boundingClientRect: box }: IntersectionObserverEntry): boolean {
  return !isIntersecting && box.width === 0 && box.height === 0;
}

// Reads only, so the layout is computed once for the whole batch.
function isInViewport(view: View, element: Element): boolean {
  const rect = element.getBoundingClientRect();
  const shown = rect.width > 0 || rect.height > 0;
  return shown && rect.bottom >= 0 && rect.right >= 0 && rect.top <= view.innerHeight && rect.left <= view.innerWidth;
}

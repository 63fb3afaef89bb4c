// Layout reads for candidates only (text nodes that hold a target), batched per slice, so the
// page's layout is computed at most once per slice and never per text node.
import type { Layout, Placement, View } from './types.ts';

// Far beyond any page, so "intersecting" means "rendered", wherever it is scrolled to.
const EVERYWHERE = '1000000px';

export function domLayout(view: View, onRendered: (element: Element) => void): Layout {
  // An IntersectionObserver rather than a ResizeObserver: targets usually sit in inline elements,
  // which a ResizeObserver never reports. The document as root keeps rootMargin working in
  // cross-origin frames. Still-hidden elements stay observed; they are reported on the next change.
  const watcher =
    typeof view.IntersectionObserver === 'function'
      ? new view.IntersectionObserver(
          (entries, observer) => {
            for (const { target, isIntersecting } of entries) {
              if (!isIntersecting || !isRendered(target)) continue;
              observer.unobserve(target);
              onRendered(target);
            }
          },
          { root: view.document, rootMargin: EVERYWHERE },
        )
      : undefined;
  return {
    measure: (elements) => elements.map((element) => place(view, element)),
    watchRendered: (element) => watcher?.observe(element),
    disconnect: () => watcher?.disconnect(),
  };
}

function place(view: View, element: Element): Placement {
  const rendered = isRendered(element);
  if (!rendered) return { rendered, inViewport: false };
  const rect = element.getBoundingClientRect();
  const inViewport = rect.bottom >= 0 && rect.right >= 0 && rect.top <= view.innerHeight && rect.left <= view.innerWidth;
  return { rendered, inViewport };
}

// checkVisibility is Chrome 105+; without it every candidate counts as rendered.
function isRendered(element: Element): boolean {
  return typeof element.checkVisibility !== 'function' || element.checkVisibility();
}

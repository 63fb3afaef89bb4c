import { describe, expect, it, vi } from 'vitest';
import { domLayout } from '../../../src/content/layout.ts';
import type { View } from '../../../src/content/seams.ts';

/** The observers domLayout makes, with the callbacks it gave them, for the test to report through. */
function fakeView() {
  const observers: FakeObserver[] = [];
  class FakeObserver {
    readonly observed = new Set<Element>();
    constructor(
      readonly callback: IntersectionObserverCallback,
      readonly options: IntersectionObserverInit,
    ) {
      observers.push(this);
    }
    observe(element: Element): void {
      this.observed.add(element);
    }
    unobserve(element: Element): void {
      this.observed.delete(element);
    }
    disconnect(): void {
      this.observed.clear();
    }
    report(target: Element, isIntersecting: boolean, width = 0): void {
      const entry = { target, isIntersecting, boundingClientRect: { width, height: width } };
      this.callback([entry as unknown as IntersectionObserverEntry], this as unknown as IntersectionObserver);
    }
  }
  const view = { document, IntersectionObserver: FakeObserver, innerWidth: 1280, innerHeight: 720 } as unknown as View;
  return { view, observers };
}

describe('layout', () => {
  it('reports elements near the visible area, and rendered ones farther away once, clipped ones too', () => {
    const { view, observers } = fakeView();
    const placed = vi.fn();
    const layout = domLayout(view, placed);
    const [near, rendered] = observers;
    expect([near?.options.rootMargin, near?.options.root]).toEqual(['100%', document]);
    const element = document.createElement('p');
    layout.watch(element);
    expect([near?.observed.has(element), rendered?.observed.has(element)]).toEqual([true, true]);
    rendered?.report(element, false);
    near?.report(element, false);
    expect(placed).not.toHaveBeenCalled();
    rendered?.report(element, true);
    expect(placed).toHaveBeenLastCalledWith(element, false);
    expect(rendered?.observed.has(element)).toBe(false);
    near?.report(element, true);
    expect(placed).toHaveBeenLastCalledWith(element, true);
    layout.unwatch(element);
    expect(near?.observed.has(element)).toBe(false);
    const clipped = document.createElement('p');
    layout.watch(clipped);
    rendered?.report(clipped, false, 20);
    expect(placed).toHaveBeenLastCalledWith(clipped, false);
  });

  it('reads which elements are in the viewport only when asked, counting unrendered ones out', () => {
    const { view } = fakeView();
    const layout = domLayout(view, () => undefined);
    const box = (top: number, height: number) => ({ top, bottom: top + height, left: 0, right: 100, width: 100, height }) as DOMRect;
    const elements = [box(10, 20), box(2000, 20), { ...box(0, 0), width: 0 }].map((rect) =>
      Object.assign(document.createElement('span'), { getBoundingClientRect: () => rect }),
    );
    expect(layout.inViewport(elements)).toEqual([true, false, false]);
  });
});

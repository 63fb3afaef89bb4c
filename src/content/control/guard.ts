// What a trusted event on a control may do, beyond being trusted (docs/design.md "Injected
// control"): an activation counts only on an element that has been visible and steady for a
// moment (sighting.ts), and keyboard activation only after focus came by the agent's own Tab or
// press, not by a page script's focus().
import { counts, reported, seenAt, unseen, type Box, type Sighting } from './sighting.ts';

export interface Guard {
  /** The pointer or focus arrived on `element`, or we showed it: start or go on watching it. */
  watch(element: Element): void;
  forget(element: Element): void;
  /** Whether an activation of `element` happening now counts. */
  counts(element: Element): boolean;
  /** Whether focus moving now follows a trusted Tab or press of the agent's. */
  focusByUser(): boolean;
}

// Visibility is computed at most this often (the smallest delay trackVisibility allows).
const VISIBILITY_DELAY_MS = 100;
// Elements watched at once: the few the agent went over last. Tracking visibility costs the page
// an occlusion test per element and report, so the thousands of controls nobody nears hold none.
const WATCHED_LIMIT = 8;

/** IntersectionObserver v2 fields, which TypeScript's DOM types do not have yet. */
interface VisibilityEntry extends IntersectionObserverEntry {
  readonly isVisible?: boolean;
}

export function visibilityGuard(view: Window & typeof globalThis, signal: AbortSignal): Guard {
  const sightings = new Map<Element, Sighting>();
  const now = (): number => view.performance.now();
  const observer = new view.IntersectionObserver(
    (entries: VisibilityEntry[]) => {
      for (const entry of entries) {
        const sighting = sightings.get(entry.target);
        // A browser without trackVisibility reports no isVisible: nothing ever counts there.
        if (sighting) sightings.set(entry.target, reported(sighting, entry.isVisible === true, entry.boundingClientRect, entry.time));
      }
    },
    { threshold: [0, 1], trackVisibility: true, delay: VISIBILITY_DELAY_MS } as IntersectionObserverInit,
  );
  const forget = (element: Element): void => {
    sightings.delete(element);
    observer.unobserve(element);
  };
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  const focus = trackFocusMoves(view, signal);
  return {
    watch(element) {
      const known = sightings.get(element);
      sightings.delete(element);
      sightings.set(element, seenAt(known ?? unseen(now()), boxOf(element), now()));
      if (!known) observer.observe(element);
      const oldest = sightings.keys().next().value;
      if (sightings.size > WATCHED_LIMIT && oldest) forget(oldest);
    },
    forget,
    counts(element) {
      const known = sightings.get(element);
      if (!known) return false;
      const sighting = seenAt(known, boxOf(element), now());
      sightings.set(element, sighting);
      return counts(sighting, now());
    },
    focusByUser: focus,
  };
}

function boxOf(element: Element): Box {
  const { x, y, width, height } = element.getBoundingClientRect();
  return { x, y, width, height };
}

/**
 * Focus that follows a trusted Tab keydown or pointer press moves within the same task, before
 * any timer runs; a page script's focus() has neither. Listened for on the window in the capture
 * phase, ahead of the page's own listeners.
 */
function trackFocusMoves(view: Window, signal: AbortSignal): () => boolean {
  let moving = false;
  const mark = (event: Event): void => {
    if (!event.isTrusted || (event instanceof KeyboardEvent && event.key !== 'Tab')) return;
    moving = true;
    view.setTimeout(() => (moving = false));
  };
  const options = { capture: true, passive: true, signal };
  view.addEventListener('keydown', mark, options);
  view.addEventListener('pointerdown', mark, options);
  view.addEventListener('mousedown', mark, options);
  return () => moving;
}

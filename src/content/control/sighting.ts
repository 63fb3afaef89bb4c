// When a trusted activation of our element counts: only once the element has been seen visible
// (IntersectionObserver v2: not transparent, filtered, transformed or covered) and in the same
// place for INPUT_PROTECTION_MS, as Chrome's own permission prompts ignore input at first. A page
// that reveals, restacks or moves a control between the agent's two clicks gets neither click.
// Pure: guard.ts feeds it observer reports and the boxes it reads at hover, focus and click.

export const INPUT_PROTECTION_MS = 500;
// Sub-pixel differences between two reads of the same layout are not a move.
const SAME_PLACE_PX = 0.5;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Sighting {
  visible: boolean;
  box: Box | undefined;
  /** Since when the element has been both as visible and where it is now. */
  steadySince: number;
}

/** Nothing known yet: not visible, so nothing counts until an observer report says otherwise. */
export function unseen(now: number): Sighting {
  return { visible: false, box: undefined, steadySince: now };
}

/** An observer report at `time`: a change of visibility or of place restarts the clock. */
export function reported(sighting: Sighting, visible: boolean, box: Box, time: number): Sighting {
  if (visible === sighting.visible && samePlace(sighting.box, box)) return sighting;
  return { visible, box, steadySince: time };
}

/** The box read at `now` (on hover, focus or click): a box elsewhere is a move. */
export function seenAt(sighting: Sighting, box: Box, now: number): Sighting {
  if (samePlace(sighting.box, box)) return sighting;
  return { ...sighting, box, steadySince: now };
}

export function counts(sighting: Sighting, now: number): boolean {
  return sighting.visible && now - sighting.steadySince >= INPUT_PROTECTION_MS;
}

function samePlace(a: Box | undefined, b: Box): boolean {
  if (!a) return false;
  const close = (p: number, q: number): boolean => Math.abs(p - q) <= SAME_PLACE_PX;
  return close(a.x, b.x) && close(a.y, b.y) && close(a.width, b.width) && close(a.height, b.height);
}

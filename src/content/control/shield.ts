// Keeping a control's events from the page: a CRM acting on clicks, keys or presses that reach an
// ancestor (row selection, inline edit, grid keyboard navigation) must not see the ones meant for
// the control. A shadow root gets its listeners the first time such an event heads into it, from
// one capture listener per document, so the thousands of controls nobody touches hold none: six
// listeners per control cost ~0.9 KB of DOM memory each (measured in Chromium).
import { isNode } from '../dom.ts';
import { isHost } from '../exclusions.ts';

const SHIELDED_EVENTS: ReadonlySet<string> = new Set(['click', 'dblclick', 'mousedown', 'pointerdown', 'keydown', 'keyup']);
// The shielded events, and pointer moves and focus arriving, which the page still sees: they
// start the watch on what the agent may activate next (guard.ts). Moves, not pointerover, which
// Chromium did not always send as the pointer came onto a control inside nested shadow roots.
export const ARMING_EVENTS = [...SHIELDED_EVENTS, 'pointermove', 'focusin'] as const;

export function isShielded(type: string): boolean {
  return SHIELDED_EVENTS.has(type);
}

/**
 * Calls `arm` with the host of the control an event is heading for, in the capture phase at the
 * document, so listeners `arm` adds to the control's shadow root still see this event.
 */
export function armOnDemand(doc: Document, arm: (host: HTMLElement) => void, signal: AbortSignal): void {
  const listener = (event: Event): void => {
    const host = event.composedPath().find(isControlHost);
    if (host) arm(host);
  };
  for (const type of ARMING_EVENTS) doc.addEventListener(type, listener, { capture: true, passive: true, signal });
}

function isControlHost(target: EventTarget): target is HTMLElement {
  return isNode(target) && isHost(target);
}

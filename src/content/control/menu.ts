// Opening and dismissing the action menu. It is created on open and removed on close, so the
// thousands of idle controls on a big page each hold one button and nothing else.
import type { MenuContent, MenuEntry } from './offer.ts';
import { chosenEntry, itemsOf, moveFocus, renderMenu } from './menu-view.ts';

export interface Menu {
  readonly panel: HTMLElement;
  update(content: MenuContent): void;
  /** The enabled entry of our item an event's composed path went through. */
  chosen(path: readonly EventTarget[]): MenuEntry | undefined;
  /** Handles a trusted keydown from anywhere in the control while the menu is open. */
  key(event: KeyboardEvent): void;
  close(restoreFocus: boolean): void;
}

/** `onClosed(restoreFocus)` runs once the menu is gone; putting focus back is the caller's. */
export function openMenu(trigger: HTMLButtonElement, content: MenuContent, onClosed: (restoreFocus: boolean) => void): Menu {
  const shadow = trigger.getRootNode() as ShadowRoot;
  const panel = Object.assign(trigger.ownerDocument.createElement('div'), { className: 'panel' });
  shadow.append(panel);
  let view = renderMenu(panel, content);
  const dismissal = new AbortController();
  const close = (restoreFocus: boolean): void => {
    if (!panel.isConnected) return;
    dismissal.abort();
    panel.remove();
    trigger.setAttribute('aria-expanded', 'false');
    onClosed(restoreFocus);
  };
  const inTopLayer = showInTopLayer(panel, trigger);
  dismissOnOutsideEvents(shadow.host, () => close(false), dismissal.signal);
  if (inTopLayer) followTrigger(panel, trigger, () => close(false), dismissal.signal);
  trigger.setAttribute('aria-expanded', 'true');
  itemsOf(view).find((item) => view.items.get(item)?.enabled)?.focus({ preventScroll: true });
  return {
    panel,
    update: (next) => (view = renderMenu(panel, next, view)),
    chosen: (path) => chosenEntry(view, path),
    key: (event) => {
      if (!moveFocus(event, panel, view)) onOtherKey(event, close);
    },
    close,
  };
}

function onOtherKey(event: KeyboardEvent, close: (restoreFocus: boolean) => void): void {
  if (event.key === 'Escape') {
    event.preventDefault();
    close(true);
  } else if (event.key === 'Tab') {
    // Focus goes back to the button first, so the browser's own Tab moves on from there.
    close(true);
  }
}

/**
 * Popover puts the menu in the top layer, so the overflow:hidden table cells where CRMs show
 * phone numbers do not clip it. Positioned from the button with one layout read.
 */
function showInTopLayer(panel: HTMLElement, trigger: HTMLButtonElement): boolean {
  if (typeof panel.showPopover !== 'function') return false;
  panel.popover = 'manual';
  panel.showPopover();
  placeBeside(panel, trigger.getBoundingClientRect());
  return true;
}

function placeBeside(panel: HTMLElement, box: DOMRect): void {
  const view = panel.ownerDocument.defaultView ?? window;
  const right = box.left > view.innerWidth / 2;
  const above = box.bottom > view.innerHeight * 0.6;
  Object.assign(panel.style, {
    left: right ? '' : `${box.left}px`,
    right: right ? `${view.innerWidth - box.right}px` : '',
    top: above ? '' : `${box.bottom + 2}px`,
    bottom: above ? `${view.innerHeight - box.top + 2}px` : '',
  });
}

/**
 * A top-layer menu does not scroll with the page: it follows its button once per frame, and closes
 * when the button leaves the viewport.
 */
function followTrigger(panel: HTMLElement, trigger: HTMLButtonElement, close: () => void, signal: AbortSignal): void {
  const view = panel.ownerDocument.defaultView ?? window;
  let pending = false;
  const follow = (): void => {
    pending = false;
    if (signal.aborted) return;
    const box = trigger.getBoundingClientRect();
    const offscreen = box.bottom < 0 || box.top > view.innerHeight || box.right < 0 || box.left > view.innerWidth;
    if (offscreen) close();
    else placeBeside(panel, box);
  };
  const schedule = (): void => {
    if (pending) return;
    pending = true;
    view.requestAnimationFrame(follow);
  };
  view.addEventListener('scroll', schedule, { capture: true, passive: true, signal });
  view.addEventListener('resize', schedule, { passive: true, signal });
}

/** Capture phase, so other controls stopping propagation still close this menu. */
function dismissOnOutsideEvents(host: Element, close: () => void, signal: AbortSignal): void {
  const doc = host.ownerDocument;
  const options = { capture: true, passive: true, signal };
  const closeIfOutside = (event: Event): void => {
    if (!event.composedPath().includes(host)) close();
  };
  doc.addEventListener('pointerdown', closeIfOutside, options);
  doc.addEventListener('focusin', closeIfOutside, options);
}

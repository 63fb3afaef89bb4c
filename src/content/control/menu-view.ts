// The menu's DOM and its keyboard moves (WAI-ARIA APG menu button pattern). What each item does
// is kept with our own element objects, never read back from the DOM: a page cannot reach into
// the closed shadow root, and nothing it could write there would be asked.
import type { MenuContent, MenuEntry } from './offer.ts';

export interface MenuView {
  /** Our items, in order, each with the entry it shows. */
  readonly items: ReadonlyMap<HTMLButtonElement, MenuEntry>;
}

/** Replaces the panel's content, keeping focus on the same action when it is still offered. */
export function renderMenu(panel: HTMLElement, content: MenuContent, previous?: MenuView): MenuView {
  const doc = panel.ownerDocument;
  const menu = doc.createElement('div');
  menu.setAttribute('role', 'menu');
  menu.setAttribute('aria-label', content.label);
  const items = new Map<HTMLButtonElement, MenuEntry>();
  for (const entry of content.entries) {
    const item = Object.assign(doc.createElement('button'), { type: 'button', className: 'item', tabIndex: -1, textContent: entry.text });
    item.setAttribute('role', 'menuitem');
    if (!entry.enabled) item.setAttribute('aria-disabled', 'true');
    items.set(item, entry);
    menu.append(item);
  }
  // Notes sit beside the menu, not in it: a menu may only contain items.
  const notes = content.notes.map((text, index) =>
    Object.assign(doc.createElement('p'), { className: 'note', id: `note-${index}`, textContent: text }),
  );
  if (notes.length > 0) menu.setAttribute('aria-describedby', notes.map((note) => note.id).join(' '));
  const focused = previous && focusedItem(panel, previous);
  panel.replaceChildren(menu, ...notes);
  const view = { items };
  if (focused) itemsOf(view).find((item) => items.get(item)?.action === focused.action)?.focus({ preventScroll: true });
  return view;
}

/** The enabled entry of the item an event went through, if it went through one of ours. */
export function chosenEntry(view: MenuView, path: readonly EventTarget[]): MenuEntry | undefined {
  for (const target of path) {
    const entry = target instanceof HTMLButtonElement ? view.items.get(target) : undefined;
    if (entry) return entry.enabled ? entry : undefined;
  }
  return undefined;
}

export function itemsOf(view: MenuView): HTMLButtonElement[] {
  return [...view.items.keys()];
}

/** Arrow keys, Home and End move between items, wrapping; returns false for other keys. */
export function moveFocus(event: KeyboardEvent, panel: HTMLElement, view: MenuView): boolean {
  const list = itemsOf(view);
  const focused = activeIn(panel);
  const current = focused ? list.findIndex((item) => item === focused) : -1;
  const targets: Record<string, number> = {
    ArrowDown: current + 1,
    ArrowUp: (current < 0 ? list.length : current) - 1,
    Home: 0,
    End: list.length - 1,
  };
  const next = targets[event.key];
  if (next === undefined || list.length === 0) return false;
  event.preventDefault();
  list[(next + list.length) % list.length]?.focus({ preventScroll: true });
  return true;
}

function focusedItem(panel: HTMLElement, view: MenuView): MenuEntry | undefined {
  const active = activeIn(panel);
  return active instanceof HTMLButtonElement ? view.items.get(active) : undefined;
}

function activeIn(panel: HTMLElement): Element | null {
  return (panel.getRootNode() as ShadowRoot).activeElement;
}

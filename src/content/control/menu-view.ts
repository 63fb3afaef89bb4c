// The menu's DOM and its keyboard moves (WAI-ARIA APG menu button pattern).
import * as v from 'valibot';
import { PageActionSchema, type PageAction } from '../../shared/protocol.ts';
import type { MenuContent } from './offer.ts';

/** Replaces the panel's content, keeping focus on the same action when it is still offered. */
export function renderMenu(panel: HTMLElement, content: MenuContent): void {
  const doc = panel.ownerDocument;
  const menu = doc.createElement('div');
  menu.setAttribute('role', 'menu');
  menu.setAttribute('aria-label', content.label);
  for (const entry of content.entries) {
    const item = Object.assign(doc.createElement('button'), { type: 'button', className: 'item', tabIndex: -1, textContent: entry.text });
    item.setAttribute('role', 'menuitem');
    item.dataset.action = entry.action;
    if (!entry.enabled) item.setAttribute('aria-disabled', 'true');
    menu.append(item);
  }
  // Notes sit beside the menu, not in it: a menu may only contain items.
  const notes = content.notes.map((text, index) =>
    Object.assign(doc.createElement('p'), { className: 'note', id: `note-${index}`, textContent: text }),
  );
  if (notes.length > 0) menu.setAttribute('aria-describedby', notes.map((note) => note.id).join(' '));
  const focused = focusedItem(panel)?.dataset.action;
  panel.replaceChildren(menu, ...notes);
  if (focused) menuItems(panel).find((item) => item.dataset.action === focused)?.focus({ preventScroll: true });
}

export function menuItems(panel: HTMLElement): HTMLElement[] {
  return [...panel.querySelectorAll<HTMLElement>('[role="menuitem"]')];
}

/** The action of an enabled item the element belongs to. */
export function actionOf(element: Element): PageAction | undefined {
  const item = element.closest<HTMLElement>('[role="menuitem"]');
  const action = item?.dataset.action;
  if (!item || item.getAttribute('aria-disabled') === 'true' || !v.is(PageActionSchema, action)) return undefined;
  return action;
}

/** Arrow keys, Home and End move between items, wrapping; returns false for other keys. */
export function moveFocus(event: KeyboardEvent, panel: HTMLElement): boolean {
  const list = menuItems(panel);
  const focused = focusedItem(panel);
  const current = focused ? list.indexOf(focused) : -1;
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

function focusedItem(panel: HTMLElement): HTMLElement | undefined {
  const active = (panel.getRootNode() as ShadowRoot).activeElement;
  return active instanceof HTMLElement && panel.contains(active) ? active : undefined;
}

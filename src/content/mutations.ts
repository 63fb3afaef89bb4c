// The one MutationObserver (DESIGN.md, Decisions: one batched observer). Records only become
// queue entries here; nothing is scanned inside the callback.
import { isElement, isText } from './dom.ts';
import { isHost } from './exclusions.ts';
import type { Scanner } from './scanner.ts';
import type { View } from './types.ts';

const OPTIONS: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  // href for links; hidden because the walk skips [hidden] subtrees and must see them shown.
  attributeFilter: ['href', 'hidden'],
};

export interface MutationWatch {
  /** Observes a document or an open shadow root (the document's observation stops at them). */
  observe(root: Node): void;
  disconnect(): void;
}

export function watchMutations(view: View, scanner: Scanner): MutationWatch {
  const observer = new view.MutationObserver((records) => {
    for (const record of records) route(record, scanner);
  });
  return { observe: (root) => observer.observe(root, OPTIONS), disconnect: () => observer.disconnect() };
}

function route(record: MutationRecord, scanner: Scanner): void {
  const { target } = record;
  if (record.type === 'characterData') {
    if (isText(target)) scanner.check(target);
  } else if (record.type === 'attributes') {
    routeAttribute(record.attributeName, target, scanner);
  } else {
    for (const node of record.removedNodes) scanner.removed(node);
    for (const node of record.addedNodes) if (!isHost(node)) scanner.scan(node);
  }
}

function routeAttribute(name: string | null, target: Node, scanner: Scanner): void {
  if (!isElement(target)) return;
  if (name === 'href' && target.localName === 'a') scanner.check(target as HTMLAnchorElement);
  else if (name === 'hidden' && !target.hasAttribute('hidden')) scanner.scan(target);
}

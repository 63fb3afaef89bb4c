// The one MutationObserver (docs/design.md, Decisions: one batched observer). Records only become
// queue entries, or drop controls whose source went away; nothing is scanned inside the callback.
import { isElement, isInput, isText } from './dom.ts';
import { isHost, isPhoneLink } from './exclusions.ts';
import type { Occurrences } from './occurrences.ts';
import { isInline, runRootAt, runRootOf } from './runs.ts';
import type { Scanner } from './scanner.ts';
import type { View } from './seams.ts';

const OPTIONS: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  // href for links; hidden because the walk skips [hidden] subtrees and must see them shown;
  // value for fields that server-rendered pages and frameworks fill in by attribute.
  attributeFilter: ['href', 'hidden', 'value'],
};

export interface MutationWatch {
  /** Observes a document or an open shadow root (the document's observation stops at them). */
  observe(root: Node): void;
  disconnect(): void;
}

export function watchMutations(view: View, scanner: Scanner, occurrences: Occurrences): MutationWatch {
  const observer = new view.MutationObserver((records) => {
    for (const record of records) route(record, scanner, occurrences);
  });
  // Observing a node again only replaces its options, so repeated calls add no second observation.
  return { observe: (root) => observer.observe(root, OPTIONS), disconnect: () => observer.disconnect() };
}

function route(record: MutationRecord, scanner: Scanner, occurrences: Occurrences): void {
  const { target } = record;
  if (record.type === 'characterData') {
    const root = isText(target) ? runRootOf(target) : null;
    if (root) scanner.check(root);
  } else if (record.type === 'attributes') {
    routeAttribute(record.attributeName, target, scanner, occurrences);
  } else {
    removed(record.removedNodes, target, scanner, occurrences);
    for (const node of record.addedNodes) if (!isHost(node)) scanner.scan(node);
  }
}

function routeAttribute(name: string | null, target: Node, scanner: Scanner, occurrences: Occurrences): void {
  if (!isElement(target)) return;
  if (name === 'href' && target.localName === 'a') relinked(target as HTMLAnchorElement, scanner, occurrences);
  else if (name === 'value' && isInput(target)) scanner.check(target);
  else if (name === 'hidden' && !target.hasAttribute('hidden')) scanner.scan(target);
}

/** A link's href changed: it may have become a phone link, or stopped being one. */
function relinked(link: HTMLAnchorElement, scanner: Scanner, occurrences: Occurrences): void {
  if (isPhoneLink(link)) {
    // The link's own control replaces those of the text inside it: never two for one number. The
    // run it was part of is read again without it.
    for (const source of occurrences.sourcesAt(link)) if (source !== link) occurrences.drop(source);
    scanner.check(link);
    const root = runRootOf(link);
    if (root) scanner.check(root);
  } else {
    // The text inside an ordinary link is decorated like any other text.
    occurrences.drop(link);
    scanner.scan(link);
  }
}

/**
 * Nodes left `parent`: the controls beside them go, or come back once if they were ours, and a run
 * that lost text (a highlight taken out, a chunk replaced) is read again: a number that is still
 * there gets its control back, one that is not loses it.
 */
function removed(nodes: NodeList, parent: Node, scanner: Scanner, occurrences: Occurrences): void {
  let runChanged = false;
  for (const node of nodes) {
    if (isHost(node)) {
      // Unknown hosts are ones this script removed itself.
      const source = occurrences.sourceOf(node);
      if (source) scanner.check(source);
      continue;
    }
    occurrences.dropAt(node);
    runChanged ||= isText(node) || (isElement(node) && isInline(node));
    if (isElement(node)) scanner.schedulePrune();
  }
  const root = runChanged ? runRootAt(parent) : null;
  if (root) scanner.check(root);
}

// Inline runs: the text of one inline formatting context read as one string, so a number split
// across elements or text nodes is found whole: "(425) 555-<mark>0140</mark>", signatures pasted
// as style runs, one text node per part between a framework's comment markers, <wbr> in narrow
// cells, a transcript appended chunk by chunk. A run belongs to its root: the nearest ancestor
// that is not an inline element (a cell, a paragraph, a shadow root). Elements are told apart by
// tag only, never by style, so reading a run forces no layout. Each node is read by one run, so
// reading every run of a page is linear in its size.
import { isElement, isText } from './dom.ts';
import { isHost, isPhoneLink, prunesSubtree } from './exclusions.ts';

/** What a run belongs to: a block-level (or unknown) element, or a shadow root's top level. */
export type RunRoot = Element | ShadowRoot;

/** Elements whose text flows with their parent's; `a` only without a phone href. Comments are never read. */
const INLINE_TAGS = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd', 'label', 'mark',
  'nobr', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr',
]);
/** Between two runs' texts in one root (a block child, a <br>, an excluded element): no number spans it. */
const BREAK = '\n';

export function isInline(element: Element): boolean {
  return INLINE_TAGS.has(element.localName) && !element.shadowRoot && !isPhoneLink(element) && !prunesSubtree(element);
}

export function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in node;
}

/** The root of the run a node's text belongs to, or null outside a document or shadow root. */
export function runRootOf(node: Node): RunRoot | null {
  return runRootAt(node.parentNode);
}

/** The root of the run that text inside `parent` belongs to. */
export function runRootAt(parent: Node | null): RunRoot | null {
  for (let node = parent; node; node = node.parentNode) {
    if (!isElement(node)) return isShadowRoot(node) ? node : null;
    if (!isInline(node)) return node;
  }
  return null;
}

/** The run's text, as one string. */
export function runText(root: RunRoot): string {
  const only = root.firstChild;
  // Most runs are one text node: a cell, a label.
  if (only && only === root.lastChild && isText(only)) return only.data;
  let text = '';
  forEachRunText(root, (node) => (text += node.data), () => (text += BREAK));
  return text;
}

/**
 * Where the controls of the targets at `spans` (offsets into the run's text) go: after the last
 * node of each, beside it, never inside an element the match only ends in ("555-<mark>0140</mark>"
 * gets its control after the mark), and after a link or button around it.
 */
export function runPoints(root: RunRoot, spans: readonly (readonly [number, number])[]): ChildNode[] {
  const nodes: Text[] = [];
  const starts: number[] = [];
  let offset = 0;
  forEachRunText(
    root,
    (node) => {
      nodes.push(node);
      starts.push(offset);
      offset += node.data.length;
    },
    () => (offset += BREAK.length),
  );
  const nodeAt = (at: number): Text => nodes[lastAtOrBefore(starts, at)] ?? (root.firstChild as Text);
  return spans.map(([start, end]) => pointAfter(nodeAt(start), nodeAt(end - 1), root));
}

function pointAfter(first: Text, last: Text, root: RunRoot): ChildNode {
  let point: ChildNode = last;
  if (first !== last) {
    // The child of the nearest common ancestor that holds the match's last node.
    while (point.parentNode && point.parentNode !== root && !point.parentNode.contains(first)) point = point.parentNode as Element;
  }
  return (point.parentElement && wrapperOf(point.parentElement)) ?? point;
}

/**
 * The link or button around a node. Hosts go after it rather than inside: a button inside a link
 * or button is invalid HTML, and its clicks would reach the CRM's handler.
 */
export function wrapperOf(element: Element): Element | null {
  return element.closest('a[href], button');
}

/** Index of the last start at or before `at` (binary search: starts ascend). */
function lastAtOrBefore(starts: readonly number[], at: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] ?? 0) <= at) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Each text node of the run in order, and a break for each element that ends it (our hosts are not the page's text). */
function forEachRunText(parent: Node, text: (node: Text) => void, brk: () => void): void {
  for (let child = parent.firstChild; child; child = child.nextSibling) {
    if (isText(child)) text(child);
    else if (!isElement(child) || isHost(child) || child.localName === 'wbr') continue;
    else if (isInline(child)) forEachRunText(child, text, brk);
    else brk();
  }
}

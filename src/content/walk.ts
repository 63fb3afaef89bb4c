// A resumable walk over one root. The TreeWalker has no filter callback: a JS filter made the same
// walk 2.6x slower, so pruned subtrees are skipped by hand. Text nodes stand for the run they are
// in (runs.ts), which the visitor gets once per walk with its text. What each source is (a run, a
// link or a field) is decided here, once: the visitor reads nothing again to tell.
import { isElement, isInput, isText } from './dom.ts';
import { isPhoneLink, prunesSubtree } from './exclusions.ts';
import { isInline, runRootAt, runText, type RunRoot } from './runs.ts';
import type { LinkOrField } from './seams.ts';

export interface WalkVisitor {
  /** A run of text, with the text as read now. */
  run(root: RunRoot, text: string): void;
  linkOrField(element: LinkOrField): void;
  shadowRoot(root: ShadowRoot): void;
  /** A custom element without a shadow root, which may attach one once it is defined (late-roots.ts). */
  customElement?(element: Element): void;
}

/** Returns a step function that walks until `hasTime` says stop, and returns true when finished. */
export function createWalk(root: Node, visitor: WalkVisitor): (hasTime: () => boolean) => boolean {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  const runs = runVisitor(visitor);
  let node: Node | null = root;
  return (hasTime) => {
    while (node && hasTime()) node = visit(walker, node, runs);
    return node === null;
  };
}

/**
 * A walk of a document the parser is still adding to: where `createWalk` would be finished, it
 * waits, and the next call goes on from the last node it visited into whatever came after it.
 * Returns true when it has caught up with the document.
 */
export function createParserWalk(doc: Document, visitor: WalkVisitor): (hasTime: () => boolean) => boolean {
  const walker = doc.createTreeWalker(doc, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  const runs = runVisitor(visitor);
  let last: Node = doc;
  let node: Node | null = doc;
  return (hasTime) => {
    if (!node) {
      walker.currentNode = last;
      node = prunes(last) ? skipSubtree(walker) : walker.nextNode();
    }
    while (node && hasTime()) {
      last = node;
      node = visit(walker, node, runs);
    }
    return node === null;
  };
}

/** Whether `visit` skips the node's subtree. */
function prunes(node: Node): boolean {
  return isElement(node) && (isPhoneLink(node) || (!isInput(node) && prunesSubtree(node)));
}

interface RunVisitor extends WalkVisitor {
  text(node: Text): void;
}

/**
 * Hands the visitor each run once. Consecutive text nodes of one run are the usual case; a run
 * interrupted by block children is come back to while the walk is still inside its root, so the
 * roots handed over are kept as a stack of the walk's open ancestors. A set of every root would
 * mark each element for identity, which keeps its JS wrapper alive: ~3 MB on a 10,000-row table.
 */
function runVisitor(visitor: WalkVisitor): RunVisitor {
  let last: RunRoot | null = null;
  const open: RunRoot[] = [];
  return {
    ...visitor,
    text: (node) => {
      const parent = node.parentNode;
      // The text of the run handed over last: the run root is the parent itself.
      if (parent === last || parent === null) return;
      // A cell's or paragraph's only text node is its whole run and the only way to it: handed over
      // at once, with nothing to remember (a blank one costs an evaluation that finds nothing).
      if (node.nextSibling === null && node.previousSibling === null && isElement(parent) && !isInline(parent)) {
        last = parent;
        visitor.run(parent, node.data);
        return;
      }
      const root = runRootAt(parent);
      if (root === null || root === last || isBlank(node.data)) return;
      last = root;
      for (let top = open.at(-1); top && !top.contains(root); top = open.at(-1)) open.pop();
      if (open.includes(root)) return;
      open.push(root);
      visitor.run(root, runText(root));
    },
  };
}

/** Only whitespace (mostly between rows and blocks): it joins a run's parts, but alone holds no target. */
function isBlank(data: string): boolean {
  return data.charCodeAt(0) <= 32 && !/\S/.test(data);
}

function visit(walker: TreeWalker, node: Node, visitor: RunVisitor): Node | null {
  if (isText(node)) {
    visitor.text(node);
  } else if (isElement(node)) {
    // The tag name is read once: every check below starts from it.
    const name = node.localName;
    if (isPhoneLink(node, name)) {
      visitor.linkOrField(node);
      return skipSubtree(walker);
    }
    // Inputs have no children; their value is read, never anything inside them.
    if (name === 'input') visitor.linkOrField(node as HTMLInputElement);
    else if (prunesSubtree(node, name)) return skipSubtree(walker);
    if (node.shadowRoot) visitor.shadowRoot(node.shadowRoot);
    else if (visitor.customElement && name.includes('-')) visitor.customElement(node);
  }
  return walker.nextNode();
}

/** The node after the current one's subtree; the walker itself never climbs above its root. */
function skipSubtree(walker: TreeWalker): Node | null {
  let next = walker.nextSibling();
  while (!next) {
    if (!walker.parentNode()) return null;
    next = walker.nextSibling();
  }
  return next;
}

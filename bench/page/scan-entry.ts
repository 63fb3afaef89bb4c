// Entry of the scan bundle injected into pages for "our scan": the content script's own walk
// (walk.ts) and target finder (candidates.ts), imported rather than copied so the figure follows
// the extension's code. Reads only: no control is created and nothing is written to the page.
import { elementData, elementTargets, runTargets } from '../../src/content/candidates.ts';
import { createWalk, type WalkVisitor } from '../../src/content/walk.ts';

export interface ScanPassOptions {
  rootSelector: string;
  minMs: number;
  /** The dialling country for national-format numbers, as the content script is given it. */
  country: string;
}

/** ms per pass; found: the targets one pass finds. */
export interface ScanPassResult {
  ms: number;
  passes: number;
  found: number;
}

/**
 * Full walks of `rootSelector` that find the targets of every text node, phone link and field,
 * repeated until `minMs` have passed like probe.mjs's baseline passes (performance.now() in a
 * page is coarsened to 0.1 ms).
 */
export function scanPass({ rootSelector, minMs, country }: ScanPassOptions): ScanPassResult {
  const root = document.querySelector(rootSelector);
  if (!root) throw new Error(`No element matches ${rootSelector}`);
  const start = performance.now();
  let passes = 0;
  let found = 0;
  do {
    found = countTargets(root, country);
    passes += 1;
  } while (performance.now() - start < minMs);
  return { ms: (performance.now() - start) / passes, passes, found };
}

/** One synchronous walk: the scanner's idle-time budget never runs out here. */
function countTargets(root: Node, country: string): number {
  let found = 0;
  const visitor: WalkVisitor = {
    run: (_root, text) => {
      found += runTargets(text, country).length;
    },
    linkOrField: (element) => {
      found += elementTargets(element, elementData(element), country).length;
    },
    // The scanner queues a shadow root as a walk of its own; walking it at once finds the same.
    shadowRoot: (shadowRoot) => {
      walkAll(shadowRoot);
    },
  };
  const walkAll = (node: Node) => createWalk(node, visitor)(() => true);
  walkAll(root);
  return found;
}

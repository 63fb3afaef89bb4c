// What the content script does in a frame before the frame shows anything it could decorate
// (issue 11): it watches for candidate content with the same walk and pre-filter the scanner uses,
// and nothing else. Most frames of a CRM page (about:blank, editors, widgets) never show any, and
// then never evaluate the detector, the phone metadata or the controls, nor message the worker.
import { mayContainTarget } from '../shared/detect/prefilter.ts';
import { isElement, isText } from './dom.ts';
import { runRootOf, runText } from './runs.ts';
import { frameSlices, sliceBudget, sliceRunner, visibleSlices } from './idle.ts';
import type { View } from './seams.ts';
import { createParserWalk, createWalk, type WalkVisitor } from './walk.ts';

// What can turn content into a candidate later: the attributes the scanner's observer follows too.
const OBSERVED: MutationObserverInit = { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['href', 'hidden', 'value'] };

/**
 * Calls `found` once, as soon as `doc` shows candidate content: text that may hold a target, a
 * phone link, a form field, an open shadow root (whose content the scanner walks itself) or a
 * custom element without one yet. While
 * the document is parsed it looks at what the parser added each frame; from DOMContentLoaded it
 * walks the document once and then whatever is added or changed. Stops when `signal` aborts.
 */
export function whenCandidates(doc: Document, signal: AbortSignal, found: () => void): void {
  const view: View = doc.defaultView ?? window;
  let seen = false;
  let done = false;
  const visitor: WalkVisitor = {
    run: (_root, text) => {
      seen ||= mayContainTarget(text);
    },
    // A phone link or a form field always is.
    linkOrField: () => {
      seen = true;
    },
    shadowRoot: () => {
      seen = true;
    },
    // It may attach a shadow root once defined, which no mutation reports (late-roots.ts watches it).
    customElement: () => {
      seen = true;
    },
  };
  const observer = new view.MutationObserver((records) => {
    for (const record of records) walkChange(record, visitor, () => seen);
    keepLooking();
  });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  /** Ends the watch once candidate content was seen; returns whether to go on looking. */
  const keepLooking = (): boolean => {
    if (done || signal.aborted) return false;
    if (!seen) return true;
    done = true;
    observer.disconnect();
    found();
    return false;
  };
  const afterParsing = (): void => {
    if (!keepLooking()) return;
    observer.observe(doc, OBSERVED);
    const walk = createWalk(doc, visitor);
    const walkSlice = (hasTime: () => boolean): boolean => {
      const finished = walk(() => !seen && hasTime());
      return keepLooking() && !finished;
    };
    // The first slice at once: the decorating part then starts in this task and writes the first
    // screen before the page's first frame, as it did when it started at document_start. A slice
    // posted here would wait for that frame, ~190 ms on a 1 MB page (npm run bench, (b)).
    if (walkSlice(sliceBudget())) sliceRunner(visibleSlices(view), walkSlice, signal)();
  };
  if (doc.readyState !== 'loading') {
    afterParsing();
    return;
  }
  const parserWalk = createParserWalk(doc, visitor);
  const followParser = (hasTime: () => boolean): boolean => {
    parserWalk(() => !seen && hasTime());
    return keepLooking() && doc.readyState === 'loading';
  };
  sliceRunner(frameSlices(view), followParser, signal)();
  doc.addEventListener('DOMContentLoaded', afterParsing, { once: true, signal });
}

/** Walks what a mutation added or changed, until candidate content is seen. */
function walkChange(record: MutationRecord, visitor: WalkVisitor, seen: () => boolean): void {
  const nodes = record.type === 'childList' ? [...record.addedNodes] : [record.target];
  for (const node of nodes) {
    if (seen()) return;
    if (isText(node)) {
      const root = runRootOf(node);
      if (root) visitor.run(root, runText(root));
    }
    else if (isElement(node)) createWalk(node, visitor)(() => !seen());
  }
}

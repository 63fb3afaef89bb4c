// Entry of the page script bench/late-roots.mjs injects: full scans of the page (the content
// script's walk and finder, as scan-entry.ts) with and without the watching of custom elements
// that are not defined yet (src/content/late-roots.ts), and one re-check of the watched hosts.
import { elementData, elementTargets, runTargets } from '../../src/content/candidates.ts';
import { watchLateRoots } from '../../src/content/late-roots.ts';
import { createWalk, type WalkVisitor } from '../../src/content/walk.ts';

export interface LateRootsPass {
  /** ms per scan */
  ms: number;
  passes: number;
  /** hosts the scan handed to the watcher */
  watched: number;
}

/** Repeats a full scan of the body until `minMs` have passed; each pass watches afresh when `watch`. */
export function scanPass({ watch, minMs }: { watch: boolean; minMs: number }): LateRootsPass {
  const start = performance.now();
  let passes = 0;
  let watched = 0;
  do {
    const controller = new AbortController();
    const lateRoots = watchLateRoots(window as Window & typeof globalThis, () => undefined, controller.signal);
    watched = 0;
    const visitor: WalkVisitor = {
      run: (_root, text) => void runTargets(text, 'US'),
      linkOrField: (element) => void elementTargets(element, elementData(element), 'US'),
      shadowRoot: () => undefined,
      ...(watch ? { customElement: (element: Element) => { watched += 1; lateRoots.watch(element); } } : {}),
    };
    createWalk(document.body, visitor)(() => true);
    controller.abort();
    passes += 1;
  } while (performance.now() - start < minMs);
  return { ms: (performance.now() - start) / passes, passes, watched };
}

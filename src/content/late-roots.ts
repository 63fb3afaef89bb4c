// Shadow roots that appear after a walk passed their host: a custom element whose definition loads
// later attaches its (open) root when it is upgraded, and the page's only change on the host is an
// attribute or a class, if any; the root's own content never reaches the document's observer.
// Hosts the walk found not yet defined (":not(:defined)") are watched until they have a root:
// on each change of their attributes, when their definition arrives (where this world can see
// the page's registry: Chrome's isolated worlds have `customElements` null), and at widening
// intervals for the rest (1 s, 2 s … 64 s), which covers upgrades that change nothing on the host.
import { isElement } from './dom.ts';
import type { View } from './types.ts';

const FIRST_CHECK_MS = 1000;
const LAST_CHECK_MS = 64_000;

export interface LateRoots {
  /** Watches a custom element that is not defined yet, until it has a shadow root. */
  watch(host: Element): void;
}

/** `found` gets each watched host once its shadow root is there. */
export function watchLateRoots(view: View, found: (host: Element) => void, signal: AbortSignal): LateRoots {
  const waiting = new Set<Element>();
  const names = new Set<string>();
  let delay = FIRST_CHECK_MS;
  let timer: number | undefined;
  const check = (host: Element): void => {
    if (!waiting.has(host)) return;
    if (!host.isConnected) waiting.delete(host);
    else if (host.shadowRoot) {
      waiting.delete(host);
      found(host);
    }
  };
  const checkAll = (): void => {
    for (const host of [...waiting]) check(host);
  };
  const observer = new view.MutationObserver((records) => {
    for (const record of records) if (isElement(record.target)) check(record.target);
  });
  const scheduleCheck = (): void => {
    if (timer !== undefined || waiting.size === 0 || delay > LAST_CHECK_MS) return;
    timer = view.setTimeout(() => {
      timer = undefined;
      delay *= 2;
      checkAll();
      scheduleCheck();
    }, delay);
  };
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      if (timer !== undefined) view.clearTimeout(timer);
      waiting.clear();
    },
    { once: true },
  );
  return {
    watch: (host) => {
      if (signal.aborted || waiting.has(host)) return;
      waiting.add(host);
      observer.observe(host, { attributes: true });
      whenDefined(view, host.localName, names, checkAll);
      // A host found later than the last interval check still gets its own.
      delay = Math.min(delay, FIRST_CHECK_MS * 2);
      scheduleCheck();
    },
  };
}

/** Calls `then` once per name when the page defines it, where this world can see the registry. */
function whenDefined(view: View, name: string, names: Set<string>, then: () => void): void {
  const registry = view.customElements as CustomElementRegistry | null;
  if (!registry || names.has(name)) return;
  names.add(name);
  // Rejected for names that are not valid custom element names: such elements never upgrade.
  registry.whenDefined(name).then(then, () => undefined);
}

// Shadow roots that appear after a walk passed their host: a custom element whose definition loads
// later attaches its (open) root when it is upgraded, and the page's only change on the host is an
// attribute or a class, if any; the root's own content never reaches the document's observer.
// Custom elements the walk found without a root and not yet defined (":not(:defined)", asked once
// per name: a name once defined stays defined) are kept by name until they have a root,
// and checked: when the attributes of one host per name change (a definition upgrades every
// element of its name at once, so one stands for all: observing each host cost as much as the
// rest of the scan on a page of 1,000, bench/late-roots.mjs), when the definition arrives (where
// this world sees the page's registry: Chrome's isolated worlds have `customElements` null), and
// at widening intervals (1 s, 2 s … 64 s) for upgrades that change nothing on the host.
import { isElement } from './dom.ts';
import type { View } from './seams.ts';

const FIRST_CHECK_MS = 1000;
const LAST_CHECK_MS = 64_000;

export interface LateRoots {
  /** Watches a custom element without a shadow root until it has one, if its name is not defined yet. */
  watch(host: Element): void;
}

/** `found` gets each watched host once its shadow root is there. */
export function watchLateRoots(view: View, found: (host: Element) => void, signal: AbortSignal): LateRoots {
  const waiting = new Map<string, Set<Element>>();
  const observer = new view.MutationObserver((records) => {
    const names = new Set(records.flatMap(({ target }) => (isElement(target) ? [target.localName] : [])));
    for (const name of names) check(name);
  });
  const sentinels = new Map<string, Element>();
  const defined = new Set<string>();
  const check = (name: string): void => {
    const hosts = waiting.get(name);
    if (!hosts) return;
    for (const host of hosts) {
      if (host.isConnected && !host.shadowRoot && !isDefined(host)) continue;
      hosts.delete(host);
      if (host.isConnected && host.shadowRoot) found(host);
    }
    if (hosts.size > 0) observeOne(name, hosts);
    else {
      waiting.delete(name);
      sentinels.delete(name);
    }
  };
  /** Defined, with or without a root by now: nothing more to wait for. */
  const isDefined = (host: Element): boolean => {
    if (!host.matches(':defined')) return false;
    defined.add(host.localName);
    return true;
  };
  /** Observes one waiting host of the name, a new one once the last left the page. */
  const observeOne = (name: string, hosts: Set<Element>): void => {
    const current = sentinels.get(name);
    if (current && hosts.has(current)) return;
    const sentinel = hosts.values().next().value;
    if (!sentinel) return;
    sentinels.set(name, sentinel);
    observer.observe(sentinel, { attributes: true });
  };
  const timer = widening(view, () => {
    for (const name of [...waiting.keys()]) check(name);
    return waiting.size > 0;
  });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      timer.stop();
      waiting.clear();
      sentinels.clear();
    },
    { once: true },
  );
  return {
    watch: (host) => {
      const name = host.localName;
      if (signal.aborted || defined.has(name)) return;
      let hosts = waiting.get(name);
      if (!hosts) {
        if (isDefined(host)) return;
        hosts = new Set();
        waiting.set(name, hosts);
        whenDefined(view, name, () => check(name));
      }
      hosts.add(host);
      observeOne(name, hosts);
      timer.start();
    },
  };
}

/** Runs `tick` after 1 s, 2 s, 4 s … while it returns true; `start` again begins at 2 s at most. */
function widening(view: View, tick: () => boolean): { start(): void; stop(): void } {
  let delay = FIRST_CHECK_MS;
  let handle: number | undefined;
  const schedule = (): void => {
    if (handle !== undefined || delay > LAST_CHECK_MS) return;
    handle = view.setTimeout(() => {
      handle = undefined;
      delay *= 2;
      if (tick()) schedule();
    }, delay);
  };
  return {
    start: () => {
      // Hosts found after the last interval check still get checks of their own.
      delay = Math.min(delay, FIRST_CHECK_MS * 2);
      schedule();
    },
    stop: () => {
      if (handle !== undefined) view.clearTimeout(handle);
    },
  };
}

/** Calls `then` when the page defines `name`, where this world can see the registry. */
function whenDefined(view: View, name: string, then: () => void): void {
  const registry = view.customElements as CustomElementRegistry | null;
  // Rejected for names that are not valid custom element names: such elements never upgrade.
  registry?.whenDefined(name).then(then, () => undefined);
}

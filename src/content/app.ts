// Composition of the content script's DOM side, free of `browser.*`: the port and, in tests, the
// layout and the scheduler are passed in (notes/libraries-and-style.md A.7 #9).
import type { PageState } from '../shared/protocol.ts';
import { Registry } from './control/registry.ts';
import { idleSlices } from './idle.ts';
import { domLayout } from './layout.ts';
import { watchMutations } from './mutations.ts';
import { Occurrences } from './occurrences.ts';
import { Scanner } from './scanner.ts';
import type { ContentPort, Layout, ScheduleSlice } from './types.ts';

export interface ContentOptions {
  document?: Document;
  layout?: (onRendered: (element: Element) => void) => Layout;
  schedule?: ScheduleSlice;
}

export interface ContentApp {
  setState(state: PageState): void;
}

/** Decorates the document until `signal` aborts, then removes every control it added. */
export function init(port: ContentPort, signal: AbortSignal, options: ContentOptions = {}): ContentApp {
  const doc = options.document ?? document;
  const view = doc.defaultView ?? window;
  const registry = new Registry(doc, port);
  const occurrences = new Occurrences(registry);
  const layout = (options.layout ?? ((onRendered) => domLayout(view, onRendered)))((element) => scanner.scan(element));
  const scanner: Scanner = new Scanner(
    { occurrences, layout, schedule: options.schedule ?? idleSlices(view), observeRoot: (root) => mutations.observe(root) },
    signal,
  );
  const mutations = watchMutations(view, scanner);
  signal.addEventListener(
    'abort',
    () => {
      mutations.disconnect();
      layout.disconnect();
      registry.clear();
    },
    { once: true },
  );
  mutations.observe(doc);
  scanner.scan(doc);
  return { setState: (state) => registry.setState(state) };
}

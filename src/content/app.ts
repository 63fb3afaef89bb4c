// Composition of the content script's DOM side, free of `browser.*`: the port and, in tests, the
// layout and the schedulers are passed in.
import type { PageState, TabTargets } from '../shared/page-channel.ts';
import { armControl } from './control/control.ts';
import { visibilityGuard, type Guard } from './control/guard.ts';
import { Registry } from './control/registry.ts';
import { armOnDemand } from './control/shield.ts';
import { watchFieldEdits } from './field-edits.ts';
import { afterNextFrame, frameSlices, idleSlices, sliceRunner, visibleSlices } from './idle.ts';
import { watchLateRoots } from './late-roots.ts';
import { domLayout } from './layout.ts';
import { watchMutations } from './mutations.ts';
import { Occurrences } from './occurrences.ts';
import { Scanner } from './scanner.ts';
import { listTargets, MAX_LISTED_TARGETS } from './target-list.ts';
import type { AfterFrame, ContentPort, Layout, Placed, ScheduleSlice } from './seams.ts';

export interface ContentOptions {
  document?: Document;
  layout?: (placed: Placed) => Layout;
  /** Idle slices (idle.ts); also the finding slices when those are not given. */
  schedule?: ScheduleSlice;
  /** Slices that take turns with the page's tasks, for finding targets (idle.ts, visibleSlices). */
  find?: ScheduleSlice;
  /** Frame slices (idle.ts). */
  frame?: ScheduleSlice;
  /** Frame rendering times (idle.ts). */
  afterFrame?: AfterFrame;
  /**
   * The dialling country to scan with until the page state arrives (the browser's region is the
   * usual answer), so most pages are scanned once rather than once per country.
   */
  country?: string;
  /** What a trusted event on a control may do (control/guard.ts). */
  guard?: Guard;
}

export interface ContentApp {
  setState(state: PageState): void;
  listTargets(): TabTargets;
  showsTarget(rawId: string): boolean;
}

// Controls written while the page is parsed: a first screen or two of a table, or of any page.
const PARSING_HEAD_START = 100;

/**
 * Started while the document is parsed (the content script runs at document_start): each frame,
 * what the parser has added is decorated, up to PARSING_HEAD_START controls; from
 * DOMContentLoaded the whole document is watched and scanned, with a head start of its own if
 * parsing gave none.
 */
function followParser(
  doc: Document,
  scanner: Scanner,
  frame: ScheduleSlice,
  watch: (headStart: boolean) => void,
  signal: AbortSignal,
): void {
  let written = 0;
  const kick = sliceRunner(
    frame,
    () => {
      if (doc.readyState !== 'loading') return false;
      if (doc.body) written += scanner.headStartWhileParsing(doc);
      return written < PARSING_HEAD_START;
    },
    signal,
  );
  kick();
  doc.addEventListener('DOMContentLoaded', () => watch(written === 0), { once: true, signal });
}

/** Decorates the document until `signal` aborts, then removes every control it added. */
export function init(port: ContentPort, signal: AbortSignal, options: ContentOptions = {}): ContentApp {
  const doc = options.document ?? document;
  const view = doc.defaultView ?? window;
  let country = options.country ?? '';
  const registry = new Registry(doc, port, options.guard ?? visibilityGuard(view, signal));
  const occurrences = new Occurrences(registry);
  const observeRoot = (root: Document | ShadowRoot): void => {
    mutations.observe(root);
    fields.watch(root);
  };
  const scanner: Scanner = new Scanner(
    {
      occurrences,
      layout: options.layout ?? ((placed) => domLayout(view, placed)),
      schedule: options.schedule ?? idleSlices(view),
      find: options.find ?? options.schedule ?? visibleSlices(view),
      frame: options.frame ?? frameSlices(view),
      afterFrame: options.afterFrame ?? afterNextFrame(view),
      country: () => country,
      observeRoot,
      watchCustomElement: (element) => lateRoots.watch(element),
    },
    signal,
  );
  const lateRoots = watchLateRoots(view, (host) => scanner.scan(host), signal);
  const mutations = watchMutations(view, scanner, occurrences);
  const fields = watchFieldEdits(view, (input) => scanner.check(input), signal);
  signal.addEventListener(
    'abort',
    () => {
      mutations.disconnect();
      registry.clear();
    },
    { once: true },
  );
  armOnDemand(doc, armControl, signal);
  const watch = (headStart: boolean): void => {
    observeRoot(doc);
    scanner.scan(doc);
    if (headStart) scanner.headStart();
  };
  if (doc.readyState === 'loading') followParser(doc, scanner, options.frame ?? frameSlices(view), watch, signal);
  else watch(true);
  return {
    setState: (state) => {
      registry.setState(state);
      if (state.defaultCountry === country || signal.aborted) return;
      country = state.defaultCountry;
      scanner.restart(doc);
    },
    listTargets: () => listTargets(registry.controls(), scanner.layout, scanner.pendingCandidates(MAX_LISTED_TARGETS)),
    showsTarget: (rawId) => registry.controls().some((control) => control.target.rawId === rawId),
  };
}

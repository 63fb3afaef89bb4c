// The work queue. User-visible slices walk and evaluate, handing every candidate to the placement,
// which writes those near the visible area as soon as the layout reports them; once nothing is left
// to walk, idle slices write the rest (placement.ts).
import { evaluate, evaluateLinkOrField, evaluateRun, isCurrent, pointsOf, sourcesShownIn, type Candidate, type Detection } from './candidates.ts';
import { containerOf } from './dom.ts';
import { isExcluded, isHost } from './exclusions.ts';
import { Fifo } from './fifo.ts';
import { sliceBudget, sliceRunner } from './idle.ts';
import type { Occurrences } from './occurrences.ts';
import { Placement } from './placement.ts';
import type { AfterFrame, Layout, Placed, ScheduleSlice, Source } from './seams.ts';
import { createParserWalk, createWalk, type WalkVisitor } from './walk.ts';

export interface ScannerDeps {
  occurrences: Occurrences;
  /** Reports through the `Placed` it is given. */
  layout: (placed: Placed) => Layout;
  /** Idle slices, for writing offscreen controls and forgetting removed ones. */
  schedule: ScheduleSlice;
  /**
   * Slices that take turns with the page's own tasks, for walking and evaluating: which candidates
   * are on screen is only known once they are found (idle.ts, visibleSlices).
   */
  find: ScheduleSlice;
  /** Frame slices, for the controls near the visible area that one slice could not write. */
  frame: ScheduleSlice;
  /** How long the frame after a batch of offscreen controls took to render. */
  afterFrame: AfterFrame;
  /** The dialling country for national-format numbers, '' for international ones only. */
  country(): string;
  /** Called for each shadow root a walk enters; must be harmless when repeated. */
  observeRoot(root: ShadowRoot): void;
  /** Called for each custom element a walk finds without a shadow root; must be harmless when repeated. */
  watchCustomElement(element: Element): void;
}

/** Returns true when finished; false when the slice ran out of time first. */
type Job = (hasTime: () => boolean) => boolean;

export class Scanner {
  readonly #jobs = new Fifo<Job>();
  readonly layout: Layout;
  readonly #placement: Placement;
  // Walks and checks are queued once per node each: a check does not cover a walk of the same node.
  #walks = new WeakSet<Node>();
  #checks = new WeakSet<Node>();
  #walkedRoots = new WeakSet<ShadowRoot>();
  readonly #visitor: WalkVisitor;
  readonly #kick: () => void;
  readonly #kickFind: () => void;
  #pruneDue = false;
  #parserWalk: ((hasTime: () => boolean) => boolean) | undefined;
  // The last source the parser walk found, until the walk finds the next (see headStartWhileParsing).
  #held: Source | undefined;

  constructor(
    readonly deps: ScannerDeps,
    signal: AbortSignal,
  ) {
    this.#kick = sliceRunner(deps.schedule, () => this.#idleSlice(), signal);
    this.#kickFind = sliceRunner(deps.find, (hasTime) => this.#findSlice(hasTime), signal);
    this.layout = deps.layout((element, near) => this.#placement.placed(element, near));
    const write = (candidate: Candidate): void => this.#write(candidate);
    const reread = (element: Element): Candidate[] => this.#reread(element);
    this.#placement = new Placement(
      { layout: this.layout, frame: deps.frame, afterFrame: deps.afterFrame, write, reread, requestIdle: this.#kick },
      signal,
    );
    this.#visitor = {
      run: (root, text) => this.#add(evaluateRun(root, text, this.#detection())),
      linkOrField: (element) => this.#add(evaluateLinkOrField(element, this.#detection())),
      shadowRoot: (root) => this.#adoptRoot(root),
      customElement: (element) => deps.watchCustomElement(element),
    };
    signal.addEventListener(
      'abort',
      () => {
        this.#forgetWork();
        this.layout.disconnect();
      },
      { once: true },
    );
  }

  /** Walks a subtree: the document, added nodes, shadow roots, elements that became visible. */
  scan(root: Node): void {
    const container = containerOf(root);
    if ((container && isExcluded(container)) || isHost(root)) return;
    this.#enqueue(this.#walks, root, createWalk(root, this.#visitor));
  }

  /**
   * Runs the first slice now and writes what it found at once: called at DOMContentLoaded, before
   * the page's first frame, which then lays out the page and the first screen's controls together
   * (issue 3, point 8: first visible control). Through the layout's report they would come a
   * frame later, and on a big table that frame relays out every row. Controls of elements that
   * turn out to have no box are taken back after that frame (hidden content waits until shown):
   * checking first would force the page's style for the whole document, ~95 ms on a 1 MB table.
   */
  headStart(): void {
    this.#findSlice(sliceBudget());
    this.#writeFirstFinds();
  }

  /**
   * While the document is parsed: one slice over what the parser has produced so far, its finds
   * written at once like headStart's. Controls that go in while the table they sit in is still
   * small cost the page a relayout of that much; at DOMContentLoaded they widen a column of the
   * whole table, and Chromium lays out every row again and keeps a second layout of each phone cell
   * (~300 ms and ~5 MB on the benchmark's 10,000-row table). The last source found may still be
   * growing (the parser appends text to the node it is in), so it waits for the walk at
   * DOMContentLoaded. Each call goes on where the last stopped. Returns how many were written.
   */
  headStartWhileParsing(doc: Document): number {
    const hold = (source: Source): void => {
      if (this.#held) this.#collect(this.#held, false);
      this.#held = source;
    };
    this.#parserWalk ??= createParserWalk(doc, {
      run: hold,
      linkOrField: hold,
      // Declarative shadow roots are walked at DOMContentLoaded with the rest.
      shadowRoot: () => undefined,
    });
    const caughtUp = this.#parserWalk(sliceBudget());
    if (this.#held && !caughtUp) {
      this.#collect(this.#held, false);
      this.#held = undefined;
    }
    return this.#writeFirstFinds();
  }

  /**
   * Writes every candidate found so far, and takes back after the next frame the controls of
   * elements that turn out to have no box. Returns how many were written.
   */
  #writeFirstFinds(): number {
    const written = this.#placement.writeAll();
    if (written.length === 0) return 0;
    const probes = [...new Set(written.map((candidate) => candidate.probe))];
    this.layout.findUnrendered(probes, (unrendered) => {
      const hidden = new Set(unrendered);
      for (const candidate of written) if (hidden.has(candidate.probe)) this.#takeBack(candidate);
    });
    return written.length;
  }

  /** Up to about `limit` of the candidates found whose controls are not written yet (far ones may wait until they come near). */
  pendingCandidates(limit: number): Candidate[] {
    return this.#placement.pendingCandidates(limit);
  }

  /** Re-evaluates one text node, link or field after its text, href or value changed. */
  check(source: Source): void {
    this.#enqueue(this.#checks, source, () => {
      this.#collect(source, true);
      return true;
    });
  }

  /**
   * The dialling country changed: everything is walked and evaluated again in idle slices. Work
   * queued for the old country is dropped rather than done twice; controls whose targets are the
   * same for both countries stay as they are.
   */
  restart(root: Document): void {
    this.#forgetWork();
    this.scan(root);
  }

  #forgetWork(): void {
    this.#jobs.clear();
    this.#placement.clear();
    this.#walks = new WeakSet();
    this.#checks = new WeakSet();
    this.#walkedRoots = new WeakSet();
  }

  /** Controls inside removed subtrees, and candidates, are forgotten at the end of the next slice. */
  schedulePrune(): void {
    this.#pruneDue = true;
    this.#kick();
  }

  #enqueue(queued: WeakSet<Node>, node: Node, job: Job): void {
    if (queued.has(node)) return;
    queued.add(node);
    this.#jobs.push((hasTime) => {
      const done = job(hasTime);
      if (done) queued.delete(node);
      return done;
    });
    this.#kickFind();
  }

  #detection(): Detection {
    return { occurrences: this.deps.occurrences, country: this.deps.country() };
  }

  #collect(source: Source, checkAncestors: boolean): void {
    this.#add(evaluate(source, this.#detection(), checkAncestors));
  }

  #add(candidate: Candidate | undefined): void {
    if (candidate) this.#placement.add(candidate);
  }

  #adoptRoot(root: ShadowRoot): void {
    // Once walked and observed, the observer reports its changes; no need to walk it again.
    if (this.#walkedRoots.has(root)) return;
    this.#walkedRoots.add(root);
    this.deps.observeRoot(root);
    this.scan(root);
  }

  #findSlice(hasTime: () => boolean): boolean {
    for (let job = this.#jobs.peek(); job && hasTime(); job = this.#jobs.peek()) {
      if (job(hasTime)) this.#jobs.shift();
    }
    const more = this.#jobs.size > 0;
    if (!more) this.#kick();
    return more;
  }

  #idleSlice(): false {
    // Finding targets comes first: a walk may still find some near the visible area.
    if (this.#jobs.size === 0) this.#placement.trickle();
    if (this.#pruneDue) {
      this.deps.occurrences.registry.prune();
      this.#placement.prune();
    }
    this.#pruneDue = false;
    return false;
  }

  /** Removes a candidate's controls and waits for its element to be rendered, unless its text changed since. */
  #takeBack(candidate: Candidate): void {
    if (this.deps.occurrences.get(candidate.source)?.data !== candidate.data) return;
    this.deps.occurrences.drop(candidate.source);
    this.#placement.add(candidate);
  }

  /** The candidates of the sources `element` shows, evaluated again (it may have changed since). */
  #reread(element: Element): Candidate[] {
    const detection = this.#detection();
    return sourcesShownIn(element).flatMap((source) => evaluate(source, detection, true) ?? []);
  }

  #write(candidate: Candidate): void {
    if (isCurrent(candidate, this.#detection())) {
      this.deps.occurrences.add(candidate.source, candidate.data, candidate.country, candidate.targets, pointsOf(candidate));
    }
  }
}

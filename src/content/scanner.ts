// The work queue (notes/libraries-and-style.md A.7 #7). Each idle slice walks and evaluates first,
// then measures every candidate it found in one batch of layout reads, then writes: visible
// targets at once, offscreen ones in later slices, unrendered ones when they are shown.
import { evaluate, isCurrent, type Candidate } from './candidates.ts';
import { containerOf, isElement } from './dom.ts';
import { isExcluded, isHost } from './exclusions.ts';
import { Fifo } from './fifo.ts';
import { sliceRunner } from './idle.ts';
import type { Occurrences } from './occurrences.ts';
import type { Layout, ScheduleSlice, Source } from './types.ts';
import { createWalk, type WalkVisitor } from './walk.ts';

export interface ScannerDeps {
  occurrences: Occurrences;
  layout: Layout;
  schedule: ScheduleSlice;
  observeRoot(root: ShadowRoot): void;
}

/** Returns true when finished; false when the slice ran out of time first. */
type Job = (hasTime: () => boolean) => boolean;

export class Scanner {
  readonly #jobs = new Fifo<Job>();
  readonly #offscreen = new Fifo<Candidate>();
  readonly #found: Candidate[] = [];
  readonly #queued = new WeakSet<Node>();
  readonly #knownRoots = new WeakSet<ShadowRoot>();
  readonly #visitor: WalkVisitor;
  readonly #kick: () => void;
  #pruneDue = false;

  constructor(
    readonly deps: ScannerDeps,
    signal: AbortSignal,
  ) {
    this.#kick = sliceRunner(deps.schedule, (hasTime) => this.#slice(hasTime), signal);
    this.#visitor = {
      text: (node) => this.#collect(node, false),
      link: (link) => this.#collect(link, false),
      shadowRoot: (root) => this.#adoptRoot(root),
    };
    signal.addEventListener(
      'abort',
      () => {
        this.#jobs.clear();
        this.#offscreen.clear();
      },
      { once: true },
    );
  }

  /** Walks a subtree: the document, added nodes, shadow roots, elements that became visible. */
  scan(root: Node): void {
    const container = containerOf(root);
    if ((container && isExcluded(container)) || isHost(root)) return;
    this.#enqueue(root, createWalk(root, this.#visitor));
  }

  /** Re-evaluates one text node or link after its text or href changed. */
  check(source: Source): void {
    this.#enqueue(source, () => {
      this.#collect(source, true);
      return true;
    });
  }

  /** A node left the document: the controls beside it go, or come back once if they were ours. */
  removed(node: Node): void {
    if (isHost(node)) {
      // Unknown hosts are ones this script removed itself.
      const source = this.deps.occurrences.sourceOf(node);
      if (source) this.check(source);
      return;
    }
    this.deps.occurrences.dropAt(node);
    if (isElement(node)) this.#schedulePrune();
  }

  /** Controls inside removed subtrees leave the registry at the end of the next slice. */
  #schedulePrune(): void {
    this.#pruneDue = true;
    this.#kick();
  }

  #enqueue(node: Node, job: Job): void {
    if (this.#queued.has(node)) return;
    this.#queued.add(node);
    this.#jobs.push((hasTime) => {
      const done = job(hasTime);
      if (done) this.#queued.delete(node);
      return done;
    });
    this.#kick();
  }

  #collect(source: Source, checkAncestors: boolean): void {
    const candidate = evaluate(source, this.deps.occurrences, checkAncestors);
    if (candidate) this.#found.push(candidate);
  }

  #adoptRoot(root: ShadowRoot): void {
    // Once walked and observed, the observer reports its changes; no need to walk it again.
    if (this.#knownRoots.has(root)) return;
    this.#knownRoots.add(root);
    this.deps.observeRoot(root);
    this.scan(root);
  }

  #slice(hasTime: () => boolean): boolean {
    for (let job = this.#jobs.peek(); job && hasTime(); job = this.#jobs.peek()) {
      if (job(hasTime)) this.#jobs.shift();
    }
    this.#place(this.#found.splice(0));
    for (let next = this.#offscreen.peek(); next && this.#jobs.size === 0 && hasTime(); next = this.#offscreen.peek()) {
      this.#offscreen.shift();
      this.#write(next);
    }
    if (this.#pruneDue) this.deps.occurrences.registry.prune();
    this.#pruneDue = false;
    return this.#jobs.size > 0 || this.#offscreen.size > 0;
  }

  /** All layout reads first, then all writes: one layout per slice, however many candidates. */
  #place(found: readonly Candidate[]): void {
    const placements = this.deps.layout.measure(found.map((candidate) => candidate.probe));
    found.forEach((candidate, index) => {
      const placement = placements[index];
      if (!placement?.rendered) this.deps.layout.watchRendered(candidate.probe);
      else if (placement.inViewport) this.#write(candidate);
      else this.#offscreen.push(candidate);
    });
  }

  #write(candidate: Candidate): void {
    if (isCurrent(candidate, this.deps.occurrences)) {
      this.deps.occurrences.add(candidate.source, candidate.data, candidate.targets);
    }
  }
}

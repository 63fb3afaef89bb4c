// When candidates become controls. Those near the visible area go in as soon as the layout reports
// them; the rest follow in idle time, so every target is decorated in the end (DESIGN.md,
// "Injected control"), one batch per frame.
import type { Candidate } from './candidates.ts';
import { Fifo } from './fifo.ts';
import { sliceBudget, sliceRunner } from './idle.ts';
import type { Layout, ScheduleSlice } from './types.ts';

// How long one batch of offscreen controls is written for. Each batch costs the page a frame whose
// layout and pre-paint cover the whole table, whatever the batch's size: ~95 ms of the ~110 ms a
// 450-control batch cost in the benchmark's 10,000-row table (Chromium traces, our CI machine).
// Batches of a few dozen would cost hundreds of such frames; unbounded ones, written in idle
// slices faster than frames came, made a frame of over a second in a tab rendering one a second.
const BATCH_MS = 16;

export interface PlacementDeps {
  layout: Layout;
  frame: ScheduleSlice;
  /** Writes a candidate's controls, if it still describes its source. */
  write(candidate: Candidate): void;
  /** Asks for an idle slice, in which the owner calls `trickle`. */
  requestIdle(): void;
}

export class Placement {
  // By the element the layout reports on, until written.
  readonly #pending = new Map<Element, Candidate[]>();
  readonly #near = new Fifo<Candidate>();
  // Rendered but farther away, in the order the layout reported them.
  readonly #far = new Fifo<Element>();
  readonly #kickFrame: () => void;
  readonly #kickNextBatch: () => void;
  #writeQueued = false;
  #lastBatchShown = true;

  constructor(
    readonly deps: PlacementDeps,
    readonly signal: AbortSignal,
  ) {
    this.#kickFrame = sliceRunner(deps.frame, (hasTime) => this.#writeNear(hasTime), signal);
    this.#kickNextBatch = sliceRunner(deps.frame, () => this.#nextBatch(), signal);
  }

  add(candidate: Candidate): void {
    const { probe } = candidate;
    const waiting = this.#pending.get(probe);
    if (waiting) {
      waiting.push(candidate);
      return;
    }
    this.#pending.set(probe, [candidate]);
    this.deps.layout.watch(probe);
  }

  /** The layout's report. Far elements stay pending, so coming near first moves them ahead. */
  placed(element: Element, near: boolean): void {
    if (!this.#pending.has(element)) return;
    if (near) {
      for (const candidate of this.#take(element)) this.#near.push(candidate);
      this.#writeSoon();
    } else {
      this.#far.push(element);
      this.deps.requestIdle();
    }
  }

  /**
   * Writes one batch of far candidates, in one task so that one frame lays it out. The next waits
   * for that frame, and so do all while near ones are waiting; both ask for idle time again.
   */
  trickle(): void {
    if (this.#near.size > 0 || !this.#lastBatchShown) return;
    const hasTime = sliceBudget(BATCH_MS);
    let written = 0;
    for (let element = this.#far.peek(); element && hasTime(); element = this.#far.peek()) {
      this.#far.shift();
      const candidates = this.#take(element);
      for (const candidate of candidates) this.deps.write(candidate);
      written += candidates.length;
    }
    if (written === 0) return;
    this.#lastBatchShown = false;
    this.#kickNextBatch();
  }

  /** Forgets candidates in subtrees that left the document, which the layout never reports. */
  prune(): void {
    for (const element of this.#pending.keys()) if (!element.isConnected) this.#take(element);
  }

  clear(): void {
    for (const element of this.#pending.keys()) this.deps.layout.unwatch(element);
    this.#pending.clear();
    this.#near.clear();
    this.#far.clear();
  }

  /**
   * Writes near candidates once the layout's report is read, in the same task: the report comes
   * right after the frame that computed it, so the controls show in the next one, where an
   * animation frame would add another (seconds where the browser throttles frames, as it did the
   * benchmark's tab, at one a second). What does not fit in one slice goes into the next frames.
   */
  #writeSoon(): void {
    if (this.#writeQueued) return;
    this.#writeQueued = true;
    queueMicrotask(() => {
      this.#writeQueued = false;
      if (!this.signal.aborted && this.#writeNear(sliceBudget())) this.#kickFrame();
    });
  }

  #writeNear(hasTime: () => boolean): boolean {
    for (let candidate = this.#near.peek(); candidate && hasTime(); candidate = this.#near.peek()) {
      this.#near.shift();
      this.deps.write(candidate);
    }
    if (this.#near.size > 0) return true;
    if (this.#far.size > 0) this.deps.requestIdle();
    return false;
  }

  #nextBatch(): boolean {
    this.#lastBatchShown = true;
    if (this.#far.size > 0) this.deps.requestIdle();
    return false;
  }

  #take(element: Element): Candidate[] {
    const candidates = this.#pending.get(element) ?? [];
    this.#pending.delete(element);
    this.deps.layout.unwatch(element);
    return candidates;
  }
}

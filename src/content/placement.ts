// When candidates become controls. Those near the visible area go in as soon as the layout reports
// them; the rest follow in idle time, one batch per frame, so every target is decorated in the end
// (docs/design.md, "Injected control") on the pages agents use. Limits keep huge pages usable: far
// controls stop being written ahead once a batch made the page's frame long, or once EAGER_LIMIT
// were written ahead, and none are on a page with more far targets than that; from then on, far
// targets get their controls as they come near, together with their neighbours in document order.
import type { Candidate } from './candidates.ts';
import { Fifo } from './fifo.ts';
import { sliceBudget, sliceRunner } from './idle.ts';
import type { AfterFrame, Layout, ScheduleSlice } from './seams.ts';

// How long one batch of offscreen controls is written for. Each batch costs the page a frame whose
// layout and pre-paint cover the whole table, whatever the batch's size: ~95 ms of the ~110 ms a
// 450-control batch cost in the benchmark's 10,000-row table (Chromium traces, our CI machine).
// Batches of a few dozen would cost hundreds of such frames; unbounded ones, written in idle
// slices faster than frames came, made a frame of over a second in a tab rendering one a second.
const BATCH_MS = 16;
// A frame this long is a long task for the agent (issue 3, point 8). On a page whose every change
// costs such a frame (a 10,000-row table relays out all its rows for one inserted span: ~90 ms),
// writing controls nobody sees yet would cost one per batch.
const LONG_FRAME_MS = 50;
// The first batch ahead is this small: it measures what a batch costs the page's frame, which
// depends little on the batch's size, before hundreds of controls depend on the answer.
const PROBE_BATCH = 50;
// Controls written ahead of the agent's scrolling, at ~4 KB of DOM each: a bound on what a page
// with thousands of numbers costs in memory before anyone looks at them. A page with more far
// targets than that gets none written ahead: they could not all be, and each batch would cost it
// a relayout for controls nobody sees yet.
const EAGER_LIMIT = 1000;
// Written with a target that comes near once writing ahead has stopped: one relayout then covers
// the next screens of a table (document order is mostly top to bottom), not one row per frame.
const NEIGHBOURS = 200;

export interface PlacementDeps {
  layout: Layout;
  frame: ScheduleSlice;
  /** Reports how long the next frame's rendering took, once it is done. */
  afterFrame: AfterFrame;
  /** Writes a candidate's controls, if it still describes its source. */
  write(candidate: Candidate): void;
  /** The candidates of the sources an element shows, found again. */
  reread(element: Element): Candidate[];
  /** Asks for an idle slice, in which the owner calls `trickle`. */
  requestIdle(): void;
}

interface Pending {
  /**
   * None once writing ahead has stopped: thousands of far candidates would hold ~400 bytes each
   * (their text, targets and wrappers), so their sources are read again when they come near.
   */
  candidates: Candidate[] | undefined;
  /** Where the element stands in `#order`. */
  position: number;
}

export class Placement {
  // By the element the layout reports on, until written.
  readonly #pending = new Map<Element, Pending>();
  // The elements in the order they were first found, for the neighbours of one that comes near.
  #order: Element[] = [];
  readonly #near = new Fifo<Candidate>();
  // Rendered but farther away, in the order the layout reported them.
  readonly #far = new Fifo<Element>();
  readonly #kickFrame: () => void;
  #writeQueued = false;
  #lastBatchShown = true;
  #writingAhead = true;
  #writtenAhead = 0;
  #cancelFrameWait: (() => void) | undefined;

  constructor(
    readonly deps: PlacementDeps,
    readonly signal: AbortSignal,
  ) {
    this.#kickFrame = sliceRunner(deps.frame, (hasTime) => this.#writeNear(hasTime), signal);
    signal.addEventListener('abort', () => this.#cancelFrameWait?.(), { once: true });
  }

  add(candidate: Candidate): void {
    const { probe } = candidate;
    const waiting = this.#pending.get(probe);
    if (waiting) {
      waiting.candidates?.push(candidate);
      return;
    }
    const candidates = this.#writingAhead ? [candidate] : undefined;
    this.#pending.set(probe, { candidates, position: this.#order.push(probe) - 1 });
    this.deps.layout.watch(probe);
  }

  /** The layout's report. Far elements stay pending, so coming near first moves them ahead. */
  placed(element: Element, near: boolean): void {
    if (!this.#pending.has(element)) return;
    if (near) {
      if (!this.#writingAhead) this.#takeNeighbours(element);
      this.#takeNear(element);
      this.#writeSoon();
    } else if (this.#writingAhead) {
      this.#far.push(element);
      this.deps.requestIdle();
    }
  }

  /**
   * Writes every waiting candidate now, and returns them: at start, what the first slice found
   * goes into the page's first frame, where the layout's report would come a frame after it.
   */
  writeAll(): Candidate[] {
    const written = [...this.#pending.keys()].flatMap((element) => this.#take(element));
    for (const candidate of written) this.deps.write(candidate);
    return written;
  }

  /**
   * Writes one batch of far candidates, in one task so that one frame lays it out. The next waits
   * for that frame, and so do all while near ones are waiting; both ask for idle time again.
   */
  trickle(): void {
    if (!this.#writingAhead || this.#near.size > 0 || !this.#lastBatchShown) return;
    if (this.#far.size > EAGER_LIMIT - this.#writtenAhead) {
      this.#stopWritingAhead();
      return;
    }
    const hasTime = sliceBudget(BATCH_MS);
    let written = 0;
    const limit = this.#writtenAhead === 0 ? PROBE_BATCH : EAGER_LIMIT;
    for (let element = this.#far.peek(); element && hasTime() && this.#writtenAhead < limit; element = this.#far.peek()) {
      this.#far.shift();
      const candidates = this.#take(element);
      for (const candidate of candidates) this.deps.write(candidate);
      written += candidates.length;
      this.#writtenAhead += candidates.length;
    }
    if (this.#writtenAhead >= EAGER_LIMIT) this.#stopWritingAhead();
    if (written === 0) return;
    this.#lastBatchShown = false;
    this.#cancelFrameWait = this.deps.afterFrame((renderMs) => this.#batchShown(renderMs));
  }

  /** Up to about `limit` of the candidates found but not written yet, in the order they were found. */
  pendingCandidates(limit: number): Candidate[] {
    const found: Candidate[] = [];
    for (const [element, { candidates }] of this.#pending) {
      if (found.length >= limit) break;
      found.push(...(candidates ?? this.deps.reread(element)));
    }
    return found;
  }

  /** Forgets candidates in subtrees that left the document, which the layout never reports. */
  prune(): void {
    for (const element of this.#pending.keys()) if (!element.isConnected) this.#take(element);
    // The map keeps the order elements were added in, so `#order` stays in it.
    this.#order = [...this.#pending.keys()];
    for (const [position, pending] of [...this.#pending.values()].entries()) pending.position = position;
  }

  clear(): void {
    for (const element of this.#pending.keys()) this.deps.layout.unwatch(element);
    this.#pending.clear();
    this.#order = [];
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

  #batchShown(renderMs: number): void {
    this.#cancelFrameWait = undefined;
    this.#lastBatchShown = true;
    if (renderMs > LONG_FRAME_MS) this.#stopWritingAhead();
    if (this.#far.size > 0) this.deps.requestIdle();
  }

  /** Far elements reported so far stay watched, and are written when they come near. */
  #stopWritingAhead(): void {
    this.#writingAhead = false;
    this.#far.clear();
    for (const pending of this.#pending.values()) pending.candidates = undefined;
  }

  #takeNear(element: Element): void {
    for (const candidate of this.#take(element)) this.#near.push(candidate);
  }

  #takeNeighbours(element: Element): void {
    const position = this.#pending.get(element)?.position ?? 0;
    const end = Math.min(this.#order.length, position + NEIGHBOURS + 1);
    for (const neighbour of this.#order.slice(Math.max(0, position - NEIGHBOURS), end)) this.#takeNear(neighbour);
  }

  #take(element: Element): Candidate[] {
    const pending = this.#pending.get(element);
    if (!pending) return [];
    this.#pending.delete(element);
    this.deps.layout.unwatch(element);
    return pending.candidates ?? this.deps.reread(element);
  }
}

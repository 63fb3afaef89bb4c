import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Candidate } from '../../../src/content/candidates.ts';
import { Placement } from '../../../src/content/placement.ts';
import type { Layout } from '../../../src/content/seams.ts';
import { queued, type Slice } from './layout-fake.ts';

afterEach(() => {
  document.body.innerHTML = '';
  made.clear();
});

// What reading an element's sources again finds: the candidate made for it.
const made = new Map<Element, Candidate>();

function candidate(id: string): Candidate {
  const probe = document.createElement('p');
  probe.id = id;
  probe.textContent = '+1 425 555 0100';
  document.body.append(probe);
  const data = '+1 425 555 0100';
  const found: Candidate = { source: probe, data, country: '', targets: [{ rawId: '4:+14255550100', display: data }], spans: [[0, data.length]], probe };
  made.set(probe, found);
  return found;
}

function setUp() {
  const watched = new Set<Element>();
  const layout: Layout = {
    watch: (element) => watched.add(element),
    unwatch: (element) => watched.delete(element),
    findUnrendered: () => undefined,
    inViewport: (elements) => elements.map(() => false),
    disconnect: () => watched.clear(),
  };
  // Frames the placement waits for, rendered by the test in the given time.
  const frames: ((renderMs: number) => void)[] = [];
  const afterFrame = (rendered: (renderMs: number) => void) => {
    frames.push(rendered);
    return () => undefined;
  };
  const written: string[] = [];
  const requestIdle = vi.fn();
  const writtenCandidates: Candidate[] = [];
  const write = (c: Candidate): void => {
    written.push(c.probe.id);
    writtenCandidates.push(c);
  };
  const reread = (element: Element): Candidate[] => [made.get(element)!];
  // Near writes go on in frame slices once one slice's budget is spent, as on a loaded machine.
  const frameSlices: Slice[] = [];
  const placement = new Placement({ layout, frame: queued(frameSlices), afterFrame, write, reread, requestIdle }, new AbortController().signal);
  const finishNearWrites = async (): Promise<void> => {
    await Promise.resolve();
    for (let slice = frameSlices.shift(); slice; slice = frameSlices.shift()) slice(() => true);
  };
  return { placement, watched, frames, written, writtenCandidates, requestIdle, finishNearWrites };
}

/** Adds `count` candidates, all reported far, in document order. */
function addFar(placement: Placement, prefix: string, count: number): Candidate[] {
  const added = Array.from({ length: count }, (_, index) => candidate(`${prefix}${index}`));
  for (const item of added) placement.add(item);
  for (const item of added) placement.placed(item.probe, false);
  return added;
}

describe('placement', () => {
  it('writes near candidates right after the report, and far ones in batches once the near ones are in', async () => {
    const { placement, watched, written, requestIdle } = setUp();
    const [near, far] = [candidate('near'), candidate('far')];
    placement.add(far);
    placement.add(near);
    expect([...watched]).toEqual([far.probe, near.probe]);
    placement.placed(far.probe, false);
    placement.placed(near.probe, true);
    placement.trickle();
    expect(written).toEqual([]);
    await Promise.resolve();
    expect(written).toEqual(['near']);
    expect(requestIdle).toHaveBeenCalled();
    placement.trickle();
    expect(written).toEqual(['near', 'far']);
    expect(watched.size).toBe(0);
  });

  it('moves a far candidate ahead when it comes near, and writes it once', async () => {
    const { placement, written } = setUp();
    const [first, second] = [candidate('first'), candidate('second')];
    placement.add(first);
    placement.add(second);
    placement.placed(first.probe, false);
    placement.placed(second.probe, false);
    placement.placed(second.probe, true);
    await Promise.resolve();
    placement.trickle();
    expect(written).toEqual(['second', 'first']);
  });

  it('lets a frame lay out each batch before writing the next', () => {
    const { placement, frames, written, requestIdle } = setUp();
    const [a, b] = [candidate('a'), candidate('b')];
    placement.add(a);
    placement.placed(a.probe, false);
    placement.trickle();
    placement.add(b);
    placement.placed(b.probe, false);
    placement.trickle();
    expect(written).toEqual(['a']);
    requestIdle.mockClear();
    frames.shift()?.(12);
    expect(requestIdle).toHaveBeenCalled();
    placement.trickle();
    expect(written).toEqual(['a', 'b']);
  });

  it('stops writing ahead after a long frame; a far target then comes with its neighbours when it comes near', async () => {
    const { placement, frames, written, watched } = setUp();
    const first = addFar(placement, 'first', 1)[0]!;
    placement.trickle();
    expect(written).toEqual([first.probe.id]);
    const rows = addFar(placement, 'row', 600);
    frames.shift()?.(90);
    placement.trickle();
    expect(written).toHaveLength(1);
    expect(watched.size).toBe(600);

    placement.placed(rows[300]!.probe, true);
    await Promise.resolve();
    // 200 before and 200 after it, in the order they were found.
    expect(written).toEqual([first.probe.id, ...rows.slice(100, 501).map((row) => row.probe.id)]);
    expect(watched.size).toBe(199);
    placement.placed(rows[10]!.probe, false);
    placement.trickle();
    expect(written).toHaveLength(402);
  });

  it('writes a small first batch ahead, then the rest up to a thousand; beyond, far targets wait until they come near', async () => {
    const { placement, frames, written, finishNearWrites } = setUp();
    const rows = addFar(placement, 'row', 900);
    placement.trickle();
    expect(written).toHaveLength(50);
    for (let batch = 0; batch < 900 && frames.length === batch + 1; batch += 1) {
      frames[batch]?.(5);
      placement.trickle();
    }
    expect(written).toHaveLength(900);
    const more = addFar(placement, 'more', 300);
    placement.trickle();
    expect(written).toHaveLength(900);
    expect(placement.pendingCandidates(Infinity)).toEqual(more);
    placement.placed(more[299]!.probe, true);
    await finishNearWrites();
    expect(written).toEqual([...rows, ...more.slice(99)].map((row) => row.probe.id));
  });

  it('writes nothing ahead on a page with more far targets than it would write ahead', () => {
    const { placement, written, watched } = setUp();
    addFar(placement, 'row', 1001);
    placement.trickle();
    expect(written).toEqual([]);
    expect(watched.size).toBe(1001);
  });

  it('keeps only the elements of far targets once writing ahead stops, and reads their sources again when they come near', async () => {
    const { placement, writtenCandidates } = setUp();
    const rows = addFar(placement, 'row', 1001);
    placement.trickle();
    const row = rows[500]!;
    // The row's text changed meanwhile: what is written is what reading it again finds.
    const now = { ...row, data: '+1 425 555 0199' };
    made.set(row.probe, now);
    placement.placed(row.probe, true);
    await Promise.resolve();
    expect(writtenCandidates.find((item) => item.probe === row.probe)).toBe(now);
  });

  it('writes every waiting candidate at once when asked, and stops watching them', () => {
    const { placement, written, watched } = setUp();
    const [first, second] = [candidate('first'), candidate('second')];
    placement.add(first);
    placement.add(second);
    expect(placement.writeAll()).toEqual([first, second]);
    expect(written).toEqual(['first', 'second']);
    expect(watched.size).toBe(0);
    expect(placement.pendingCandidates(Infinity)).toEqual([]);
  });

  it('forgets candidates whose element left the document, and everything when cleared', () => {
    const { placement, watched, written } = setUp();
    const [gone, kept] = [candidate('gone'), candidate('kept')];
    placement.add(gone);
    placement.add(kept);
    gone.probe.remove();
    placement.prune();
    expect([...watched]).toEqual([kept.probe]);
    placement.placed(gone.probe, true);
    placement.clear();
    expect(watched.size).toBe(0);
    placement.placed(kept.probe, false);
    placement.trickle();
    expect(written).toEqual([]);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Candidate } from '../../../src/content/candidates.ts';
import { Placement } from '../../../src/content/placement.ts';
import type { Layout } from '../../../src/content/types.ts';
import { queued, type Slice } from './layout-fake.ts';

afterEach(() => {
  document.body.innerHTML = '';
});

function candidate(id: string): Candidate {
  const probe = document.createElement('p');
  probe.id = id;
  probe.textContent = '+1 425 555 0100';
  document.body.append(probe);
  const source = probe.firstChild as Text;
  return { source, data: source.data, country: '', targets: [{ rawId: '4:+14255550100', display: '+1 425 555 0100' }], probe };
}

function setUp() {
  const watched = new Set<Element>();
  const layout: Layout = {
    watch: (element) => watched.add(element),
    unwatch: (element) => watched.delete(element),
    inViewport: (elements) => elements.map(() => false),
    disconnect: () => watched.clear(),
  };
  const frames: Slice[] = [];
  const written: string[] = [];
  const requestIdle = vi.fn();
  const write = (c: Candidate): void => void written.push(c.probe.id);
  const placement = new Placement({ layout, frame: queued(frames), write, requestIdle }, new AbortController().signal);
  return { placement, watched, frames, written, requestIdle };
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
    frames.shift()?.(() => true);
    expect(requestIdle).toHaveBeenCalled();
    placement.trickle();
    expect(written).toEqual(['a', 'b']);
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

import { describe, expect, it } from 'vitest';
import { counts, INPUT_PROTECTION_MS, reported, seenAt, unseen } from '../../../src/content/control/sighting.ts';

const BOX = { x: 100, y: 40, width: 16, height: 16 };
const T = 1000;

describe('sighting: when an activation counts', () => {
  it('counts nothing before an observer reported the element visible', () => {
    expect(counts(unseen(T), T + 10_000)).toBe(false);
    expect(counts(reported(unseen(T), false, BOX, T + 5), T + 10_000)).toBe(false);
  });

  it('counts only once the element has been visible for the input-protection delay', () => {
    const visible = reported(unseen(T), true, BOX, T + 5);
    expect(counts(visible, T + 5 + INPUT_PROTECTION_MS - 1)).toBe(false);
    expect(counts(visible, T + 5 + INPUT_PROTECTION_MS)).toBe(true);
  });

  it('restarts the delay when the element was hidden, covered or made transparent, and shown again', () => {
    const visible = reported(unseen(T), true, BOX, T);
    const hidden = reported(visible, false, BOX, T + 2000);
    expect(counts(hidden, T + 2100)).toBe(false);
    const again = reported(hidden, true, BOX, T + 2200);
    expect(counts(again, T + 2200 + INPUT_PROTECTION_MS - 1)).toBe(false);
    expect(counts(again, T + 2200 + INPUT_PROTECTION_MS)).toBe(true);
  });

  it('keeps the clock when a report repeats what was known', () => {
    const visible = reported(unseen(T), true, BOX, T);
    expect(reported(visible, true, { ...BOX, x: BOX.x + 0.2 }, T + 900)).toBe(visible);
    expect(counts(seenAt(visible, BOX, T + 900), T + 900)).toBe(true);
  });

  it('restarts the delay when the element moved, whether an observer or a read at the click saw it', () => {
    const visible = reported(unseen(T), true, BOX, T);
    const moved = seenAt(visible, { ...BOX, y: BOX.y + 30 }, T + 3000);
    expect(counts(moved, T + 3000)).toBe(false);
    expect(counts(moved, T + 3000 + INPUT_PROTECTION_MS)).toBe(true);
    const resized = reported(visible, true, { ...BOX, width: 400 }, T + 3000);
    expect(counts(resized, T + 3100)).toBe(false);
  });
});

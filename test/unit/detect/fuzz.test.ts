import { describe, expect, it } from 'vitest';
import { findTargetsInText, type TextTarget } from '../../../src/shared/detect/index.ts';
import { classifyRawId } from '../../../src/shared/raw-id.ts';
import { ADVERSARIAL, randomText, seededRandom } from './fuzz-inputs.ts';

// Problems in found targets: out of bounds, overlapping or unsorted, or not callable.
function problems(text: string, targets: readonly TextTarget[]): string[] {
  return targets.flatMap((target, index) => {
    const previousEnd = index > 0 ? (targets[index - 1]?.end ?? 0) : 0;
    const found: string[] = [];
    if (target.start < previousEnd || target.end <= target.start || target.end > text.length) found.push('bounds');
    if (!classifyRawId(target.rawId)) found.push(`raw id ${target.rawId}`);
    if (target.extension !== undefined && !/^\d{1,6}$/.test(target.extension)) found.push('extension');
    return found.length > 0 ? [`${JSON.stringify(text.slice(target.start, target.end))}: ${found.join(', ')}`] : [];
  });
}

function millisecondsFor(text: string): number {
  const started = performance.now();
  findTargetsInText(text, { defaultCountry: 'US' });
  return performance.now() - started;
}

/** The fastest of a few runs on fresh inputs, so one garbage collection does not decide the ratio. */
function bestOf(runs: number, build: () => string): number {
  return Math.min(...Array.from({ length: runs }, () => millisecondsFor(build())));
}

describe('fuzzing findTargetsInText', () => {
  it('keeps every target of random text in bounds, in order and callable', () => {
    const random = seededRandom(20241125);
    for (let round = 0; round < 300; round += 1) {
      const text = randomText(random, 1 + Math.floor(random() * 400));
      for (const defaultCountry of [undefined, 'US', 'DE', 'MX']) {
        expect(problems(text, findTargetsInText(text, { defaultCountry }))).toEqual([]);
      }
    }
  });

  it.each(Object.entries(ADVERSARIAL))('survives %s', (_name, build) => {
    const text = build(100_000, seededRandom(1));
    expect(problems(text, findTargetsInText(text, { defaultCountry: 'US' }))).toEqual([]);
  });

  it('survives a megabyte of "+1 "', () => {
    const text = '+1 '.repeat(350_000);
    expect(findTargetsInText(text, { defaultCountry: 'US' })).toEqual([]);
  });

  // Ten times the input may take at most thirty times as long: generous for timer noise, far
  // below what a quadratic scan would need (a hundred times).
  it.each(Object.entries(ADVERSARIAL))('scans %s in roughly linear time', (_name, build) => {
    const random = seededRandom(2);
    millisecondsFor(build(10_000, random));
    const ratio = bestOf(2, () => build(100_000, random)) / Math.max(bestOf(5, () => build(10_000, random)), 0.5);
    expect(ratio).toBeLessThan(30);
  });
});

import { describe, expect, it } from 'vitest';
import { corpus } from '../../fixtures/corpus/index.ts';
import { findTargetsInText, mayContainTarget } from '../../../src/shared/detect/index.ts';
import { textsOf } from './corpus-score.ts';

describe('mayContainTarget', () => {
  it.each(['', 'Dana Whitfield, Director of Facilities', 'Qty 12 · 3 items', '$1,234.56', '2024-03', '14:30:15'])(
    'rules out "%s"',
    (text) => {
      expect(mayContainTarget(text)).toBe(false);
    },
  );

  it('lets through every line of the corpus that holds a target', () => {
    const lines = corpus.flatMap((sample) =>
      textsOf(sample).flatMap((text) => text.split('\n').map((line) => ({ line, country: sample.country }))),
    );
    const withTargets = lines.filter(({ line, country }) => findTargetsInText(line, { defaultCountry: country }).length > 0);
    expect(withTargets.length).toBeGreaterThan(100);
    expect(withTargets.filter(({ line }) => !mayContainTarget(line))).toEqual([]);
  });

  it('lets through raw ids without seven digits', () => {
    expect(mayContainTarget('8:orgid:abcdef12-abcd-abcd-abcd-abcdefabcdef')).toBe(true);
  });
});

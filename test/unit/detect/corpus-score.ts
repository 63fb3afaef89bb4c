// Scores the target finder against the labelled corpus (test/fixtures/corpus).
import type { CorpusSample } from '../../fixtures/corpus/index.ts';
import { findTargetsInText, type TextTarget } from '../../../src/shared/detect/index.ts';

export interface SampleScore {
  truePositives: number;
  falsePositives: TextTarget[];
  missed: string[];
  /** Listed negatives some found target overlaps. */
  negativesHit: string[];
}

export function scoreSample(sample: CorpusSample): SampleScore {
  const found = findTargetsInText(sample.text, { defaultCountry: sample.country });
  const expected = [...sample.targets];
  const falsePositives: TextTarget[] = [];
  for (const target of found) {
    const index = expected.indexOf(target.rawId);
    if (index >= 0) expected.splice(index, 1);
    else falsePositives.push(target);
  }
  return {
    truePositives: found.length - falsePositives.length,
    falsePositives,
    missed: expected,
    negativesHit: sample.negatives.filter((negative) => overlapsAny(sample.text, negative, found)),
  };
}

function overlapsAny(text: string, negative: string, found: readonly TextTarget[]): boolean {
  const start = text.indexOf(negative);
  const end = start + negative.length;
  return found.some((target) => target.start < end && start < target.end);
}

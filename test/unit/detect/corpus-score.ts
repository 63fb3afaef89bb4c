// Scores the target finder against the labelled corpus (test/fixtures/corpus). Markup samples are
// read as the content script reads a page: each inline run (src/content/runs.ts) as one text.
import type { CorpusSample } from '../../fixtures/corpus/index.ts';
import { findTargetsInText, type TextTarget } from '../../../src/shared/detect/index.ts';
import { elementData } from '../../../src/content/candidates.ts';
import { createWalk } from '../../../src/content/walk.ts';

export interface SampleScore {
  truePositives: number;
  /** Each with the text it was found in. */
  falsePositives: { text: string; target: TextTarget }[];
  missed: string[];
  /** Listed negatives some found target overlaps. */
  negativesHit: string[];
}

/** The texts a sample is read as: its text, or the runs of its markup in document order. */
export function textsOf(sample: CorpusSample): string[] {
  if ('text' in sample) return [sample.text];
  const root = document.createElement('div');
  root.innerHTML = sample.html;
  const texts: string[] = [];
  const walk = createWalk(root, {
    run: (_root, text) => texts.push(text),
    linkOrField: (element) => texts.push(elementData(element)),
    shadowRoot: () => undefined,
  });
  walk(() => true);
  return texts;
}

export function scoreSample(sample: CorpusSample): SampleScore {
  const found = textsOf(sample).map((text) => ({ text, targets: findTargetsInText(text, { defaultCountry: sample.country }) }));
  const expected = [...sample.targets];
  const falsePositives: SampleScore['falsePositives'] = [];
  for (const { text, targets } of found) {
    for (const target of targets) {
      const index = expected.indexOf(target.rawId);
      if (index >= 0) expected.splice(index, 1);
      else falsePositives.push({ text, target });
    }
  }
  const foundCount = found.reduce((sum, { targets }) => sum + targets.length, 0);
  return {
    truePositives: foundCount - falsePositives.length,
    falsePositives,
    missed: expected,
    negativesHit: sample.negatives.filter((negative) => found.some(({ text, targets }) => overlapsAny(text, negative, targets))),
  };
}

function overlapsAny(text: string, negative: string, found: readonly TextTarget[]): boolean {
  const start = text.indexOf(negative);
  if (start < 0) return false;
  const end = start + negative.length;
  return found.some((target) => target.start < end && start < target.end);
}

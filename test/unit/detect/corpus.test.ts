import { describe, expect, it } from 'vitest';
import { corpus, corpusParts, type CorpusSample } from '../../fixtures/corpus/index.ts';
import { scoreSample, textsOf, type SampleScore } from './corpus-score.ts';

const MIN_PRECISION = 0.99;
const MIN_RECALL = 0.98;

interface Figures {
  precision: number;
  recall: number;
  summary: string;
  report: string;
}

function figures(samples: readonly CorpusSample[]): Figures {
  const scores = samples.map((sample) => ({ sample, score: scoreSample(sample) }));
  const total = (pick: (score: SampleScore) => number): number => scores.reduce((sum, { score }) => sum + pick(score), 0);
  const truePositives = total((score) => score.truePositives);
  const falsePositives = total((score) => score.falsePositives.length);
  const missed = total((score) => score.missed.length);
  const negatives = samples.reduce((sum, sample) => sum + sample.negatives.length, 0);
  const negativesHit = total((score) => score.negativesHit.length);
  // No targets to find and none found is a perfect score, not a division by zero.
  const precision = truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives);
  const recall = truePositives + missed === 0 ? 1 : truePositives / (truePositives + missed);
  const summary =
    `precision ${(precision * 100).toFixed(1)}% recall ${(recall * 100).toFixed(1)}% ` +
    `(${truePositives} found, ${falsePositives} false, ${missed} missed; ${negatives - negativesHit}/${negatives} negatives rejected)`;
  const failures = scores
    .filter(({ score }) => score.falsePositives.length + score.missed.length + score.negativesHit.length > 0)
    .map(({ sample, score }) => ({
      sample: sample.name,
      missed: score.missed,
      negativesHit: score.negativesHit,
      falsePositives: score.falsePositives.map(({ text, target }) => `${text.slice(target.start, target.end)} → ${target.rawId}`),
    }));
  return { precision, recall, summary, report: JSON.stringify(failures, null, 2) };
}

describe('labelled corpus', () => {
  it('is well formed: every negative occurs in its sample', () => {
    const absent = corpus.flatMap((sample) => {
      const texts = textsOf(sample);
      return sample.negatives.filter((negative) => !texts.some((text) => text.includes(negative))).map((negative) => `${sample.name}: ${negative}`);
    });
    expect(absent).toEqual([]);
  });

  it(`reaches ${MIN_PRECISION * 100}% precision and ${MIN_RECALL * 100}% recall as a whole`, () => {
    const { precision, recall, summary, report } = figures(corpus);
    console.log(`corpus: ${summary}`);
    expect(precision, report).toBeGreaterThanOrEqual(MIN_PRECISION);
    expect(recall, report).toBeGreaterThanOrEqual(MIN_RECALL);
  });

  it.each(Object.entries(corpusParts))(`reaches ${MIN_PRECISION * 100}% precision and ${MIN_RECALL * 100}% recall on %s`, (part, samples) => {
    const { precision, recall, summary, report } = figures(samples);
    console.log(`corpus ${part}: ${summary}`);
    expect(precision, report).toBeGreaterThanOrEqual(MIN_PRECISION);
    expect(recall, report).toBeGreaterThanOrEqual(MIN_RECALL);
  });

  it('rejects every listed negative', () => {
    const hit = corpus.flatMap((sample) => scoreSample(sample).negativesHit.map((negative) => `${sample.name}: ${negative}`));
    expect(hit).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { corpus } from '../../fixtures/corpus/index.ts';
import { scoreSample, type SampleScore } from './corpus-score.ts';

const MIN_PRECISION = 0.98;
const MIN_RECALL = 0.95;

describe('labelled corpus', () => {
  it('is well formed: every negative occurs in its sample', () => {
    const absent = corpus.flatMap((sample) =>
      sample.negatives.filter((negative) => !sample.text.includes(negative)).map((negative) => `${sample.name}: ${negative}`),
    );
    expect(absent).toEqual([]);
  });

  it(`reaches ${MIN_PRECISION * 100}% precision and ${MIN_RECALL * 100}% recall`, () => {
    const scores = corpus.map((sample) => ({ sample, score: scoreSample(sample) }));
    const total = (pick: (score: SampleScore) => number): number => scores.reduce((sum, { score }) => sum + pick(score), 0);
    const truePositives = total((score) => score.truePositives);
    const falsePositives = total((score) => score.falsePositives.length);
    const missed = total((score) => score.missed.length);
    const negatives = corpus.reduce((sum, sample) => sum + sample.negatives.length, 0);
    const negativesHit = total((score) => score.negativesHit.length);
    const precision = truePositives / (truePositives + falsePositives);
    const recall = truePositives / (truePositives + missed);
    console.log(
      `corpus: precision ${(precision * 100).toFixed(1)}% recall ${(recall * 100).toFixed(1)}% ` +
        `(${truePositives} found, ${falsePositives} false, ${missed} missed; ${negatives - negativesHit}/${negatives} negatives rejected)`,
    );
    const failures = scores
      .filter(({ score }) => score.falsePositives.length + score.missed.length > 0)
      .map(({ sample, score }) => ({
        sample: sample.name,
        missed: score.missed,
        falsePositives: score.falsePositives.map((target) => `${sample.text.slice(target.start, target.end)} → ${target.rawId}`),
      }));
    const report = JSON.stringify(failures, null, 2);
    expect(precision, report).toBeGreaterThanOrEqual(MIN_PRECISION);
    expect(recall, report).toBeGreaterThanOrEqual(MIN_RECALL);
  });
});

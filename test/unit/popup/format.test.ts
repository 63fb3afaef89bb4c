import { describe, expect, it } from 'vitest';
import { formatDuration, isoDuration } from '../../../src/popup/format.ts';

describe('call durations', () => {
  it('reads as minutes and seconds, with hours once a call passes one', () => {
    expect(formatDuration(5_000, 'en')).toBe('0:05');
    expect(formatDuration(65_999, 'en')).toBe('1:05');
    expect(formatDuration(3_725_000, 'en')).toBe('1:02:05');
  });

  it('never goes negative when clocks disagree', () => {
    expect(formatDuration(-2_000, 'en')).toBe('0:00');
  });

  it('has a machine-readable form for <time>', () => {
    expect(isoDuration(3_725_000)).toBe('PT1H2M5S');
  });
});

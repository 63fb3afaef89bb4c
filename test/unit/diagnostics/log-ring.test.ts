import { describe, expect, it } from 'vitest';
import { DEFAULT_LOG_LIMITS, LogRing, MAX_LINE_CHARS, shouldLog } from '../../../src/shared/diagnostics.ts';

const JWT = 'eyJhbGciOiJSUzI1NiJ9.eyJza3lwZWlkIjoiYWNzOjEifQ.c2lnbmF0dXJl';

describe('the bounded log', () => {
  it('keeps the newest lines within the count, and counts what it dropped', () => {
    const ring = new LogRing({ maxEntries: 3, maxChars: 10_000 });

    for (let line = 1; line <= 5; line += 1) ring.add('info', 'sdk', `line ${line}`, line);

    expect(ring.recent().map((entry) => entry.text)).toEqual(['line 3', 'line 4', 'line 5']);
    expect(ring.dropped).toBe(2);
  });

  it('keeps the newest lines within the size', () => {
    const ring = new LogRing({ maxEntries: 100, maxChars: 25 });

    ring.add('info', 'sdk', 'a'.repeat(10));
    ring.add('info', 'sdk', 'b'.repeat(10));
    ring.add('info', 'sdk', 'c'.repeat(10));

    expect(ring.recent().map((entry) => entry.text)).toEqual(['b'.repeat(10), 'c'.repeat(10)]);
    expect(ring.dropped).toBe(1);
  });

  it('keeps the newest line even when it alone is over the size', () => {
    const ring = new LogRing({ maxEntries: 100, maxChars: 5 });

    ring.add('info', 'sdk', 'short');
    ring.add('error', 'sdk', 'much longer than five');

    expect(ring.recent().map((entry) => entry.text)).toEqual(['much longer than five']);
  });

  it('caps one huge line, so it cannot push every other line out', () => {
    const ring = new LogRing();
    ring.add('info', 'sdk', 'before');

    ring.add('verbose', 'sdk', 'x'.repeat(10 * MAX_LINE_CHARS));

    expect(ring.recent().map((entry) => entry.text.length)).toEqual([6, MAX_LINE_CHARS]);
  });

  it('stays within 500 lines and 256 KB however much is logged', () => {
    const ring = new LogRing();

    for (let line = 0; line < 5_000; line += 1) ring.add('verbose', 'sdk', `${line} ${'y'.repeat(line % 900)}`);

    const kept = ring.recent();
    expect(kept.length).toBeLessThanOrEqual(DEFAULT_LOG_LIMITS.maxEntries);
    expect(kept.reduce((sum, entry) => sum + entry.text.length, 0)).toBeLessThanOrEqual(256 * 1024);
    expect(kept.at(-1)?.text.startsWith('4999 ')).toBe(true);
    expect(ring.dropped + kept.length).toBe(5_000);
  });

  it('never holds a secret: lines are redacted as they come in', () => {
    const ring = new LogRing();

    ring.add('warning', 'sdk', `token refresh returned ${JWT}`, 42);

    expect(ring.recent()).toEqual([{ at: 42, level: 'warning', source: 'sdk', text: 'token refresh returned [redacted]' }]);
  });

  it('hands out copies: what a reader holds does not change when more is logged', () => {
    const ring = new LogRing({ maxEntries: 1, maxChars: 100 });
    ring.add('info', 'offscreen', 'first');

    const seen = ring.recent();
    ring.add('info', 'offscreen', 'second');

    expect(seen.map((entry) => entry.text)).toEqual(['first']);
  });
});

describe('log levels', () => {
  it.each([
    ['error', 'warning', true],
    ['warning', 'warning', true],
    ['info', 'warning', false],
    ['verbose', 'info', false],
    ['verbose', 'verbose', true],
    ['warning', 'error', false],
  ] as const)('%s at threshold %s is kept: %s', (level, threshold, kept) => {
    expect(shouldLog(level, threshold)).toBe(kept);
  });
});

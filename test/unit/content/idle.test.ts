import { afterEach, describe, expect, it, vi } from 'vitest';
import { idleSlices, visibleSlices } from '../../../src/content/idle.ts';
import type { View } from '../../../src/content/seams.ts';

/** A window whose scheduler.postTask queues tasks the test runs, skipping cancelled ones as Chrome does. */
function viewWithScheduler() {
  const posted: { run: () => void; options: SchedulerPostTaskOptions | undefined }[] = [];
  const postTask = (callback: () => void, options?: SchedulerPostTaskOptions) => {
    const run = (): void => {
      if (!options?.signal?.aborted) callback();
    };
    posted.push({ run, options });
    return new Promise<void>((_, reject) => options?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
  };
  const view = { scheduler: { postTask }, setTimeout: window.setTimeout.bind(window), clearTimeout: window.clearTimeout.bind(window) };
  return { view: view as unknown as View, posted };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('idle slices', () => {
  it('runs a slice as a background task, once, with a budget of a few milliseconds', () => {
    vi.useFakeTimers();
    const { view, posted } = viewWithScheduler();
    const slice = vi.fn((hasTime: () => boolean) => expect(hasTime()).toBe(true));
    idleSlices(view)(slice);
    expect(posted[0]?.options?.priority).toBe('background');
    posted[0]?.run();
    vi.advanceTimersByTime(2000);
    expect(slice).toHaveBeenCalledTimes(1);
  });

  it('runs the slice after a second when background tasks never get their turn', () => {
    vi.useFakeTimers();
    const { view, posted } = viewWithScheduler();
    const slice = vi.fn();
    idleSlices(view)(slice);
    vi.advanceTimersByTime(1000);
    posted[0]?.run();
    expect(slice).toHaveBeenCalledTimes(1);
  });

  it('cancels a pending slice', () => {
    vi.useFakeTimers();
    const { view, posted } = viewWithScheduler();
    const slice = vi.fn();
    idleSlices(view)(slice)();
    posted[0]?.run();
    vi.advanceTimersByTime(2000);
    expect(slice).not.toHaveBeenCalled();
  });
});

describe('visible slices', () => {
  it('runs a slice as a user-visible task, once, with a budget of a few milliseconds, and never waits for a timeout', () => {
    vi.useFakeTimers();
    const { view, posted } = viewWithScheduler();
    const slice = vi.fn((hasTime: () => boolean) => expect(hasTime()).toBe(true));
    visibleSlices(view)(slice);
    expect(posted.map((task) => task.options?.priority)).toEqual(['user-visible']);
    vi.advanceTimersByTime(2000);
    expect(slice).not.toHaveBeenCalled();
    posted[0]?.run();
    expect(slice).toHaveBeenCalledTimes(1);
  });

  it('cancels a pending slice', () => {
    const { view, posted } = viewWithScheduler();
    const slice = vi.fn();
    visibleSlices(view)(slice)();
    posted[0]?.run();
    expect(slice).not.toHaveBeenCalled();
  });

  it('falls back to a zero-delay timer without the scheduler', () => {
    vi.useFakeTimers();
    const view = { setTimeout: window.setTimeout.bind(window), clearTimeout: window.clearTimeout.bind(window) } as unknown as View;
    const slice = vi.fn();
    visibleSlices(view)(slice);
    vi.advanceTimersByTime(0);
    expect(slice).toHaveBeenCalledTimes(1);
  });
});

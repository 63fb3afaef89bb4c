// The production guard in happy-dom, which has IntersectionObserver but not its v2 visibility
// (Chromium's is exercised by test/e2e/hostile-controls.test.mjs).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { visibilityGuard } from '../../../src/content/control/guard.ts';
import { trusted } from './helpers.ts';

let controller: AbortController;
beforeEach(() => (controller = new AbortController()));
afterEach(() => {
  controller.abort();
  document.body.innerHTML = '';
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('visibility guard', () => {
  it("lets focus count as the agent's only in the task of a trusted Tab or press", async () => {
    const guard = visibilityGuard(window, controller.signal);
    expect(guard.focusByUser()).toBe(false);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }));
    expect(guard.focusByUser()).toBe(false);
    window.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Enter' })));
    expect(guard.focusByUser()).toBe(false);
    window.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Tab' })));
    expect(guard.focusByUser()).toBe(true);
    await settle();
    expect(guard.focusByUser()).toBe(false);
    window.dispatchEvent(trusted(new MouseEvent('mousedown')));
    expect(guard.focusByUser()).toBe(true);
  });

  it('counts nothing where the browser reports no visibility, nor on an element it never watched', async () => {
    const guard = visibilityGuard(window, controller.signal);
    const button = document.body.appendChild(document.createElement('button'));
    expect(guard.counts(button)).toBe(false);
    guard.watch(button);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(guard.counts(button)).toBe(false);
  });
});

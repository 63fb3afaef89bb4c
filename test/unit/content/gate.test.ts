import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenCandidates } from '../../../src/content/gate.ts';

// Slices run in zero-delay timers here (happy-dom has no scheduler), mutation records in microtasks.
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

function watch() {
  const controller = new AbortController();
  const found = vi.fn();
  whenCandidates(document, controller.signal, found);
  return { found, controller };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the wait for candidate content', () => {
  it('never starts in a frame without any, however much text it gets', async () => {
    document.body.innerHTML = '<p>Notes</p>';
    const { found } = watch();
    await settle();
    document.body.insertAdjacentHTML('beforeend', '<div contenteditable="true">+1 425 555 0123</div><p>Order 12</p>');
    await settle();
    expect(found).not.toHaveBeenCalled();
  });

  it('starts once for a number already there', async () => {
    document.body.innerHTML = '<p>Call +1 425 555 0123</p><p>or +1 425 555 0124</p>';
    const { found } = watch();
    await settle();
    expect(found).toHaveBeenCalledTimes(1);
  });

  it('starts once when a number is added later, or text changes into one', async () => {
    document.body.innerHTML = '<p id="p">Call us</p>';
    const first = watch();
    await settle();
    document.body.insertAdjacentHTML('beforeend', '<p>+1 425 555 0123</p><p>+1 425 555 0124</p>');
    await settle();
    expect(first.found).toHaveBeenCalledTimes(1);
    first.controller.abort();

    document.body.innerHTML = '<p id="p">Call us</p>';
    const second = watch();
    await settle();
    (document.getElementById('p')!.firstChild as Text).data = 'Call us at 425 555 0123';
    await settle();
    expect(second.found).toHaveBeenCalledTimes(1);
  });

  it('starts for a phone link, a form field and an open shadow root, whose text it cannot judge', async () => {
    for (const html of ['<a href="tel:911">Emergency</a>', '<input name="phone">']) {
      document.body.innerHTML = html;
      const { found, controller } = watch();
      await settle();
      expect(found, html).toHaveBeenCalledTimes(1);
      controller.abort();
    }
    document.body.innerHTML = '<div id="host"></div>';
    document.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = '<span>+1 425 555 0123</span>';
    const { found } = watch();
    await settle();
    expect(found).toHaveBeenCalledTimes(1);
  });

  it('stops watching when aborted', async () => {
    document.body.innerHTML = '<p>Call us</p>';
    const { found, controller } = watch();
    await settle();
    controller.abort();
    document.body.insertAdjacentHTML('beforeend', '<p>+1 425 555 0123</p>');
    await settle();
    expect(found).not.toHaveBeenCalled();
  });
});

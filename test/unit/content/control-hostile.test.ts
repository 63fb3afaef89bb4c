// What a control does with input a hostile page arranges (issue: controls the page can neither
// script nor fake). The page itself cannot reach the closed shadow root; these tests write into
// it anyway, as a compromised renderer could, to show that nothing is read back from it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buttonOf, hosts, shadowOf, start, trusted, trustedClick, untilHosts } from './helpers.ts';

const TRANSFERABLE = { callActive: true, transferable: true, defaultCountry: '' };
const CONNECTING = { callActive: true, transferable: false, defaultCountry: '' };

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  document.body.innerHTML = '';
});

async function decorated() {
  const started = start('<p>+1 425 555 0123</p>');
  stop = () => started.controller.abort();
  await untilHosts(1);
  const host = hosts()[0]!;
  const shadow = shadowOf(host);
  const items = () => [...shadow.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')];
  return { ...started, button: buttonOf(host), shadow, items };
}

/** Focus arriving on the button; Chromium makes its focusin trusted, even after a script's focus(). */
function focusOn(button: HTMLButtonElement): void {
  button.focus();
  button.dispatchEvent(trusted(new FocusEvent('focusin', { bubbles: true, composed: true })));
}

/** A click the keyboard made (Enter or Space on a focused button): Chromium gives it detail 0. */
function keyboardClick(element: Element): void {
  element.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, detail: 0 })));
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('a control against a hostile page', () => {
  it('acts only through its own items: an injected menuitem asking for a call does nothing', async () => {
    const { button, shadow, sent } = await decorated();
    trustedClick(button);
    const fake = Object.assign(document.createElement('div'), { textContent: 'Call' });
    fake.setAttribute('role', 'menuitem');
    fake.dataset.action = 'call';
    shadow.append(fake);
    trustedClick(fake);
    await settle();
    expect(sent).toEqual([]);
    expect(button.getAttribute('aria-expanded')).toBe('true');
  });

  it('does what it offered, whatever the item says or carries now', async () => {
    const { app, button, items, sent } = await decorated();
    app.setState(TRANSFERABLE);
    trustedClick(button);
    const consult = items()[1]!;
    consult.textContent = 'Transfer call to +1 206 555 0199';
    consult.dataset.action = 'call';
    consult.setAttribute('role', 'none');
    trustedClick(consult);
    await vi.waitFor(() => expect(sent).toEqual([{ to: 'background', kind: 'pageAction', action: 'consult', target: '4:+14255550123' }]));
  });

  it('keeps a disabled item disabled when its aria-disabled is removed', async () => {
    const { app, button, items, sent } = await decorated();
    app.setState(CONNECTING);
    trustedClick(button);
    items()[0]!.removeAttribute('aria-disabled');
    trustedClick(items()[0]!);
    await settle();
    expect(sent).toEqual([]);
  });

  it('ignores trusted clicks on a button or item the guard does not see visible and steady', async () => {
    const { answers, button, items, shadow, sent } = await decorated();
    answers.visible = false;
    trustedClick(button);
    expect(shadow.querySelector('[role="menu"]')).toBeNull();
    answers.visible = true;
    trustedClick(button);
    answers.visible = false;
    trustedClick(items()[0]!);
    await settle();
    expect(sent).toEqual([]);
    answers.visible = true;
    trustedClick(items()[0]!);
    await vi.waitFor(() => expect(sent).toHaveLength(1));
  });

  it('takes keys on its button only when the agent brought focus there', async () => {
    const { answers, button, shadow } = await decorated();
    answers.focusByUser = false;
    focusOn(button);
    keyboardClick(button);
    expect(shadow.querySelector('[role="menu"]')).toBeNull();
    button.blur();
    answers.focusByUser = true;
    focusOn(button);
    keyboardClick(button);
    expect(shadow.querySelector('[role="menu"]')).not.toBeNull();
  });
});

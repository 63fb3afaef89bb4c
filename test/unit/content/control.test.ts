import { afterEach, describe, expect, it, vi } from 'vitest';
import { displayTarget } from '../../../src/shared/phone.ts';
import type { Reply } from '../../../src/shared/protocol.ts';
import { buttonOf, hosts, shadowOf, start, trustedClick, trustedKey, untilHosts } from './helpers.ts';

const TEAMS = '8:orgid:6f1c2a3b-1111-2222-3333-444455556666';
const TRANSFERABLE = { callActive: true, transferable: true, defaultCountry: '' };

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  document.body.innerHTML = '';
});

async function decorated(html: string, reply?: Reply) {
  const started = start(html, {}, reply);
  stop = () => started.controller.abort();
  await untilHosts(1);
  const host = hosts()[0]!;
  return { ...started, host, button: buttonOf(host), shadow: shadowOf(host) };
}

function menuOf(shadow: ShadowRoot) {
  const menu = shadow.querySelector('[role="menu"]');
  const items = [...shadow.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')];
  return { menu, items, texts: items.map((item) => item.textContent) };
}

describe('injected control', () => {
  it('names the button after what it does, following the page state', async () => {
    const { app, button, shadow } = await decorated('<p>+1 425 555 0123</p>');
    expect(shadow.mode).toBe('closed');
    expect(hosts()[0]?.shadowRoot).toBeNull();
    expect(button.type).toBe('button');
    expect(button.getAttribute('aria-label')).toBe('Call +1 425 555 0123');
    app.setState(TRANSFERABLE);
    expect(button.getAttribute('aria-label')).toBe('Transfer call to +1 425 555 0123');
  });

  it('offers a call with no call, and a transfer during one', async () => {
    const { app, button, shadow } = await decorated('<p>+1 425 555 0123</p>');
    trustedClick(button);
    expect(menuOf(shadow).texts).toEqual(['Call +1 425 555 0123']);
    app.setState(TRANSFERABLE);
    expect(menuOf(shadow).texts).toEqual(['Transfer call to +1 425 555 0123', 'Consult first']);
    app.setState({ callActive: true, transferable: false, defaultCountry: '' });
    expect(menuOf(shadow).items.map((item) => item.getAttribute('aria-disabled'))).toEqual(['true', 'true']);
    expect(shadow.querySelector('.note')?.textContent).toBe('This call can’t be transferred right now');
  });

  it('offers voicemail for Teams users only', async () => {
    const { app, button, shadow, sent } = await decorated(`<p>${TEAMS}</p>`);
    app.setState(TRANSFERABLE);
    trustedClick(button);
    const { texts, items } = menuOf(shadow);
    expect(texts).toEqual([`Transfer call to ${displayTarget(TEAMS)}`, 'Consult first', 'Transfer to voicemail']);
    trustedClick(items[2]!);
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({ to: 'background', kind: 'pageAction', action: 'voicemail', target: TEAMS });
    expect(menuOf(shadow).menu).toBeNull();
  });

  it('asks to consult the target first', async () => {
    const { app, button, shadow, sent } = await decorated('<p>+1 425 555 0123</p>');
    app.setState(TRANSFERABLE);
    trustedClick(button);
    trustedClick(menuOf(shadow).items[1]!);
    await vi.waitFor(() => expect(sent).toEqual([{ to: 'background', kind: 'pageAction', action: 'consult', target: '4:+14255550123' }]));
  });

  it('ignores clicks that are not from the user', async () => {
    const { button, shadow, sent } = await decorated('<p>+1 425 555 0123</p>');
    button.click();
    expect(menuOf(shadow).menu).toBeNull();
    trustedClick(button);
    menuOf(shadow).items[0]!.click();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sent).toEqual([]);
    trustedClick(menuOf(shadow).items[0]!);
    await vi.waitFor(() => expect(sent).toEqual([{ to: 'background', kind: 'pageAction', action: 'call', target: '4:+14255550123' }]));
  });

  it('keeps its clicks from the page and from the link beside it', async () => {
    const { button } = await decorated('<a href="/contacts/1">+1 425 555 0123</a>');
    const pageHandler = vi.fn();
    document.body.addEventListener('click', pageHandler);
    const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
    Object.defineProperty(click, 'isTrusted', { value: true });
    button.dispatchEvent(click);
    expect(pageHandler).not.toHaveBeenCalled();
    expect(click.defaultPrevented).toBe(true);
    expect(hosts()[0]?.parentElement).toBe(document.body);
  });

  it('lets Tab and Escape reach the page unless the menu is open', async () => {
    const { button, shadow } = await decorated('<p>+1 425 555 0123</p>');
    const keys: string[] = [];
    document.body.addEventListener('keydown', (event) => keys.push(event.key));
    for (const key of ['Tab', 'Escape', 'Enter', ' ']) trustedKey(button, key);
    trustedClick(button);
    trustedKey(menuOf(shadow).items[0]!, 'ArrowDown');
    trustedKey(menuOf(shadow).items[0]!, 'Escape');
    expect(keys).toEqual(['Tab', 'Escape']);
  });

  it('moves with arrow keys, closes on Escape and returns focus to the button', async () => {
    const { app, button, shadow } = await decorated(`<p>${TEAMS}</p>`);
    app.setState(TRANSFERABLE);
    trustedClick(button);
    const { items } = menuOf(shadow);
    expect(shadow.activeElement).toBe(items[0]);
    trustedKey(items[0]!, 'ArrowDown');
    expect(shadow.activeElement).toBe(items[1]);
    trustedKey(items[1]!, 'ArrowDown');
    expect(shadow.activeElement).toBe(items[2]);
    trustedKey(items[2]!, 'ArrowDown');
    expect(shadow.activeElement).toBe(items[0]);
    trustedKey(items[0]!, 'Escape');
    expect(menuOf(shadow).menu).toBeNull();
    expect(shadow.activeElement).toBe(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  it('closes on Tab and on a click outside', async () => {
    const { button, shadow } = await decorated('<p>+1 425 555 0123</p>');
    trustedClick(button);
    trustedKey(menuOf(shadow).items[0]!, 'Tab');
    expect(menuOf(shadow).menu).toBeNull();
    trustedClick(button);
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    expect(menuOf(shadow).menu).toBeNull();
  });

  it('says briefly why a transfer failed', async () => {
    const failure: Reply = { ok: false, error: { message: 'The call ended.' } };
    const { app, button, shadow } = await decorated('<p>+1 425 555 0123</p>', failure);
    app.setState(TRANSFERABLE);
    trustedClick(button);
    trustedClick(menuOf(shadow).items[0]!);
    await vi.waitFor(() => expect(shadow.querySelector('[role="alert"]')?.textContent).toBe('Could not transfer: The call ended.'));
  });
});

// Open shadow roots that custom elements attach after the page was walked (late-roots.ts).
import { describe, expect, it, vi } from 'vitest';
import { hosts, settle, startsPerTest, targetsOf } from './helpers.ts';

const run = startsPerTest({ country: 'US' });

async function untilTargetsIn(root: ShadowRoot, expected: string[], timeout = 1000): Promise<void> {
  await vi.waitFor(() => expect(targetsOf(root)).toEqual(expected), { timeout });
}

describe('shadow roots attached after the walk', () => {
  it('reads the root a custom element attaches when its definition arrives', async () => {
    run('<section><contact-phone-card></contact-phone-card></section>');
    await settle();
    customElements.define(
      'contact-phone-card',
      class extends HTMLElement {
        constructor() {
          super();
          this.attachShadow({ mode: 'open' }).innerHTML = '<p>Direct line <b>(425)</b> 555-0170</p>';
        }
      },
    );
    const card = document.querySelector('contact-phone-card')!;
    await untilTargetsIn(card.shadowRoot!, ['4:+14255550170']);
  });

  it('reads a root attached to a host that only changes its class, and follows the root afterwards', async () => {
    run('<ticket-caller data-id="T-7"></ticket-caller>');
    await settle();
    const host = document.querySelector('ticket-caller')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<span>+1 206 555 0171</span>';
    host.classList.add('hydrated');
    await untilTargetsIn(root, ['4:+12065550171']);
    root.append(Object.assign(document.createElement('p'), { textContent: 'Alt: +1 206 555 0172' }));
    await untilTargetsIn(root, ['4:+12065550171', '4:+12065550172']);
  });

  it('reads a root attached with no change on the host at all, a second later', async () => {
    run('<quiet-widget></quiet-widget>');
    await settle();
    const root = document.querySelector('quiet-widget')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<span>+1 206 555 0173</span>';
    await settle();
    expect(hosts(root)).toHaveLength(0);
    await untilTargetsIn(root, ['4:+12065550173'], 3000);
  });
});

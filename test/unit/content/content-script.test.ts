import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it, vi } from 'vitest';
import type { Placed } from '../../../src/content/seams.ts';
import { hosts, untilHosts } from './helpers.ts';

// The extension context dies on update; runtime.id is how a content script notices.
const context = vi.hoisted(() => ({ alive: true }));
vi.mock('../../../src/platform/browser.ts', () => ({
  browser: {
    runtime: {
      get id() {
        return context.alive ? 'extension-id' : undefined;
      },
      onMessage: fakeBrowser.runtime.onMessage,
    },
    i18n: { getUILanguage: () => 'en-US' },
  },
}));
vi.mock('../../../src/platform/messages.ts', () => ({
  sendToBackground: async () => ({ ok: true, value: { callActive: false, transferable: false } }),
}));
vi.mock('../../../src/platform/i18n.ts', () => ({ t: (key: string) => key }));
// happy-dom's IntersectionObserver never reports.
vi.mock('../../../src/content/layout.ts', async () => {
  const { everythingNear } = await import('./layout-fake.ts');
  return { domLayout: (_view: unknown, placed: Placed) => everythingNear(placed) };
});

// happy-dom's PageTransitionEvent is a plain Event without `persisted`.
function pageTransition(type: string): Event {
  return Object.assign(new Event(type), { persisted: true });
}

describe('content script lifecycle', () => {
  it('removes its controls on pagehide, comes back from the bfcache, and ends with its context', async () => {
    document.body.innerHTML = '<p>+1 425 555 0123</p>';
    await import('../../../src/content/content-script.ts');
    await untilHosts(1);

    window.dispatchEvent(pageTransition('pagehide'));
    expect(hosts()).toHaveLength(0);
    window.dispatchEvent(pageTransition('pageshow'));
    await untilHosts(1);

    context.alive = false;
    document.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    expect(hosts()).toHaveLength(0);
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
  });
});

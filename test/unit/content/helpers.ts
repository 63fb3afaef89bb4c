// Shared fixtures: a port made of plain functions, labels read from the real English catalogue,
// and events that look trusted (happy-dom never sets isTrusted; Chrome sets it for user input).
import { afterEach, vi } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import { init, type ContentOptions } from '../../../src/content/app.ts';
import type { Reply, ToBackground } from '../../../src/shared/protocol.ts';
import type { ContentMessageKey, ContentPort } from '../../../src/content/seams.ts';
import type { Guard } from '../../../src/content/control/guard.ts';
import { everythingNear } from './layout-fake.ts';

export { everythingNear, queued, type Slice } from './layout-fake.ts';

interface CatalogueEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const catalogue: Record<string, CatalogueEntry> = en;

export function label(key: ContentMessageKey, substitution?: string): string {
  const entry = catalogue[key];
  if (!entry) return key;
  return entry.message.replace(/\$(\w+)\$/g, (_, name: string) =>
    entry.placeholders?.[name.toLowerCase()]?.content === '$1' ? (substitution ?? '') : '',
  );
}

export function fakePort(reply: Reply = { ok: true, value: null }) {
  const sent: ToBackground[] = [];
  const port: ContentPort = {
    send: vi.fn(async (message: ToBackground) => {
      sent.push(message);
      return reply;
    }),
    label,
  };
  return { port, sent };
}

/**
 * A guard whose answers a test sets: by default everything is visible and steady and focus came
 * by the agent's hand, as after a real Tab or click on a visible control (guard.ts is Chromium's
 * IntersectionObserver v2, which happy-dom does not have; the e2e tests run the real one).
 */
export function fakeGuard() {
  const watched = new Set<Element>();
  const answers = { visible: true, focusByUser: true };
  const guard: Guard = {
    watch: (element) => void watched.add(element),
    forget: (element) => void watched.delete(element),
    counts: (element) => answers.visible && watched.has(element),
    focusByUser: () => answers.focusByUser,
  };
  return { guard, answers, watched };
}

export function start(html: string, options: ContentOptions = {}, reply?: Reply) {
  document.body.innerHTML = html;
  const controller = new AbortController();
  const { port, sent } = fakePort(reply);
  const { guard, answers } = fakeGuard();
  const app = init(port, controller.signal, { layout: everythingNear, guard, ...options });
  return { app, controller, sent, answers };
}

// Controls attach closed shadow roots, which no DOM API returns; the tests keep each one as it is
// attached, the way Chromium's DevTools protocol lets the end-to-end tests see them.
const closedRoots = new WeakMap<Element, ShadowRoot>();
const attachShadow = Element.prototype.attachShadow;
Element.prototype.attachShadow = function attachAndKeep(this: Element, init: ShadowRootInit): ShadowRoot {
  const root = attachShadow.call(this, init);
  closedRoots.set(this, root);
  return root;
};

export function shadowOf(host: Element): ShadowRoot {
  const root = closedRoots.get(host);
  if (!root) throw new Error('no shadow root attached to this element');
  return root;
}

export function hosts(root: ParentNode = document): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('[data-acs-transfer-target]')];
}

export function targetsOf(root: ParentNode = document): (string | null)[] {
  return hosts(root).map((host) => host.getAttribute('data-acs-transfer-target'));
}

export function buttonOf(host: Element): HTMLButtonElement {
  const button = shadowOf(host).querySelector<HTMLButtonElement>('button.trigger');
  if (!button) throw new Error('control without a button');
  return button;
}

export function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

/** A mouse click as the agent makes one: the pointer arrives on the element, then clicks it. */
export function trustedClick(element: Element): void {
  element.dispatchEvent(trusted(new MouseEvent('pointermove', { bubbles: true, composed: true })));
  element.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, detail: 1 })));
}

export function trustedKey(element: Element, key: string): KeyboardEvent {
  const event = trusted(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
  element.dispatchEvent(event);
  return event;
}

/**
 * Settles queued slices (setTimeout fallback in happy-dom) until `count` controls exist. The slices
 * are budgeted in time, so on a loaded machine hundreds of controls take more of them: the wait is
 * long, and only the count is asserted.
 */
export async function untilHosts(count: number, root: ParentNode = document): Promise<void> {
  await vi.waitFor(
    () => {
      if (hosts(root).length !== count) throw new Error(`expected ${count} controls, found ${hosts(root).length}`);
    },
    { timeout: 15_000 },
  );
}

/** Lets every pending slice run, for asserting that something did not happen. */
export async function settle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 60));
}

/**
 * For a test file: starts the content script on markup with `options`, and stops it and empties
 * the page after each test.
 */
export function startsPerTest(options: ContentOptions): (html: string) => void {
  let stop: (() => void) | undefined;
  afterEach(() => {
    stop?.();
    document.body.innerHTML = '';
  });
  return (html) => {
    const started = start(html, options);
    stop = () => started.controller.abort();
  };
}

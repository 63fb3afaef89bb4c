// Fields change value without any DOM mutation: typing, autofill, a framework setting `.value` and
// firing input or change. The controls follow those events, once the agent pauses typing, so a
// control does not flicker beside a half-typed number.
import { isInput, isNode } from './dom.ts';
import type { View } from './seams.ts';

const PAUSE_MS = 250;
const EVENTS = ['input', 'change'] as const;

export interface FieldEdits {
  /**
   * Listens in a document or an open shadow root: change events are not composed, so they never
   * reach the document from inside a shadow root. Repeated calls add nothing (same listener).
   */
  watch(root: Document | ShadowRoot): void;
}

export function watchFieldEdits(view: View, onEdited: (input: HTMLInputElement) => void, signal: AbortSignal): FieldEdits {
  const edited = new Set<HTMLInputElement>();
  let timer: number | undefined;
  const flush = (): void => {
    timer = undefined;
    for (const input of edited) onEdited(input);
    edited.clear();
  };
  // Only fields in this root: a composed event seen from an outer root is retargeted to a host.
  const listener = (event: Event): void => {
    const { target } = event;
    if (!isNode(target) || !isInput(target)) return;
    edited.add(target);
    if (timer !== undefined) view.clearTimeout(timer);
    timer = view.setTimeout(flush, PAUSE_MS);
  };
  signal.addEventListener('abort', () => view.clearTimeout(timer), { once: true });
  return {
    watch: (root) => {
      for (const type of EVENTS) root.addEventListener(type, listener, { capture: true, passive: true, signal });
    },
  };
}

// The content script's only link to the extension: page state in (parsed, never trusted), page
// actions out, and the UI strings.
import * as v from 'valibot';
import { browser } from '../platform/browser.ts';
import { t } from '../platform/i18n.ts';
import { sendToBackground } from '../platform/messages.ts';
import { PageStateSchema, ToContentSchema, type PageState } from '../shared/protocol.ts';
import type { ContentPort } from './types.ts';

export function connectPort(signal: AbortSignal, onState: (state: PageState) => void): ContentPort {
  let pushed = false;
  // Synchronous undefined: this listener never answers, so it must not hold the channel open.
  const listener = (message: unknown): undefined => {
    const parsed = v.safeParse(ToContentSchema, message);
    if (!parsed.success || parsed.output.kind !== 'pageState' || signal.aborted) return undefined;
    pushed = true;
    onState(parsed.output.state);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
  void sendToBackground({ to: 'background', kind: 'getPageState' }).then((reply) => {
    const state = reply.ok ? v.safeParse(PageStateSchema, reply.value) : undefined;
    // A pushed state is newer than the answer to a request sent before it.
    if (state?.success && !pushed && !signal.aborted) onState(state.output);
  });
  return { send: sendToBackground, label: (key, substitution) => t(key, substitution) };
}

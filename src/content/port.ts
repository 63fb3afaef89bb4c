// The content script's only link to the extension: page state in (parsed, never trusted), the
// list of shown targets out on request, page actions out, and the UI strings.
import * as v from 'valibot';
import { browser } from '../platform/browser.ts';
import { t } from '../platform/i18n.ts';
import { sendToBackground } from '../platform/messages.ts';
import { PageStateSchema, ToContentSchema, type PageState, type TabTargets } from '../shared/protocol.ts';
import type { ContentPort } from './types.ts';

export interface PortHandlers {
  onState(state: PageState): void;
  listTargets(): TabTargets;
  /**
   * Whether this frame answers listTargets with an empty list. tabs.sendMessage reaches every
   * frame and the first answer wins, so only the top frame answers when it has nothing: an empty
   * ad or about:blank frame must not win over a frame that shows targets.
   */
  answersWhenEmpty: boolean;
}

export function connectPort(signal: AbortSignal, handlers: PortHandlers): ContentPort {
  let pushed = false;
  // True only when this listener answers: otherwise it must not hold the channel open.
  const listener = (message: unknown, _sender: unknown, sendResponse: (response: TabTargets) => void): true | undefined => {
    const parsed = v.safeParse(ToContentSchema, message);
    if (!parsed.success || signal.aborted) return undefined;
    if (parsed.output.kind === 'listTargets') return answerTargets(handlers, sendResponse);
    pushed = true;
    handlers.onState(parsed.output.state);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
  void sendToBackground({ to: 'background', kind: 'getPageState' }).then((reply) => {
    const state = reply.ok ? v.safeParse(PageStateSchema, reply.value) : undefined;
    // A pushed state is newer than the answer to a request sent before it.
    if (state?.success && !pushed && !signal.aborted) handlers.onState(state.output);
  });
  return { send: sendToBackground, label: (key, substitution) => t(key, substitution) };
}

function answerTargets(handlers: PortHandlers, sendResponse: (response: TabTargets) => void): true | undefined {
  const targets = handlers.listTargets();
  if (targets.length === 0 && !handlers.answersWhenEmpty) return undefined;
  sendResponse(targets);
  return true;
}

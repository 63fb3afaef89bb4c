// The content script's only link to the extension: page state in (parsed, never trusted), the
// list of shown targets out on request, page actions out, and the UI strings.
import * as v from 'valibot';
import { browser } from '../platform/browser.ts';
import { t } from '../platform/i18n.ts';
import { sendPageRequest } from '../platform/page-messages.ts';
import { ToContentSchema, type PageState, type TabTargets } from '../shared/page-channel.ts';
import type { ContentPort } from './types.ts';

export interface PortHandlers {
  onState(state: PageState): void;
  listTargets(): TabTargets;
  /** Whether a control of this frame shows `rawId` now (the worker asks before a page action). */
  showsTarget(rawId: string): boolean;
}

export function connectPort(signal: AbortSignal, handlers: PortHandlers): ContentPort {
  let pushed = false;
  // True only when this listener answers: otherwise it must not hold the channel open.
  const listener = (message: unknown, _sender: unknown, sendResponse: (response: TabTargets | boolean) => void): true | undefined => {
    const parsed = v.safeParse(ToContentSchema, message);
    if (!parsed.success || signal.aborted) return undefined;
    if (parsed.output.kind === 'listTargets') return answerTargets(handlers, sendResponse);
    if (parsed.output.kind === 'showsTarget') {
      sendResponse(handlers.showsTarget(parsed.output.rawId));
      return undefined;
    }
    pushed = true;
    handlers.onState(parsed.output.state);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
  void sendPageRequest({ to: 'background', kind: 'getPageState' }).then((reply) => {
    // A pushed state is newer than the answer to a request sent before it.
    if (reply.ok && !pushed && !signal.aborted) handlers.onState(reply.value);
  });
  return { send: sendPageRequest, label: (key, substitution) => t(key, substitution) };
}

/**
 * A frame with nothing to list stays silent, which the popup reads as an empty list. The popup asks
 * each frame it can see by id, and also the whole tab at once for the frames it cannot see
 * (popup/page-targets.ts); only the first answer to that arrives, and it must not be an empty
 * frame's (an ad, about:blank, or the top frame of a page whose targets are all in frames).
 */
function answerTargets(handlers: PortHandlers, sendResponse: (response: TabTargets) => void): true | undefined {
  const targets = handlers.listTargets();
  if (targets.length === 0) return undefined;
  sendResponse(targets);
  return true;
}

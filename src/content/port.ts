// The content script's only link to the extension: page state in (parsed, never trusted), the
// list of shown targets out on request, page actions out, and the UI strings.
import * as v from 'valibot';
import { browser } from '../platform/browser.ts';
import { t } from '../platform/i18n.ts';
import { sendPageRequest } from '../platform/page-messages.ts';
import { dispatch, type Handlers } from '../shared/channel.ts';
import { TO_CONTENT, ToContentSchema, type PageState, type TabTargets } from '../shared/page-channel.ts';
import type { ContentPort } from './seams.ts';

export interface PortHandlers {
  onState(state: PageState): void;
  listTargets(): TabTargets;
  /** Whether a control of this frame shows `rawId` now (the worker asks before a page action). */
  showsTarget(rawId: string): boolean;
}

/**
 * What a handler tells the listener besides its reply: that this frame sends none. Called before
 * the handler's first await, so the listener knows it before it returns (and then must not hold
 * the channel open).
 */
type Silence = () => void;

export function connectPort(signal: AbortSignal, port: PortHandlers): ContentPort {
  let pushed = false;
  const handlers: Handlers<typeof TO_CONTENT, Silence> = {
    pageState: async ({ state }, silence) => {
      silence();
      pushed = true;
      port.onState(state);
      return undefined;
    },
    // A frame with nothing to list stays silent, which the popup reads as an empty list. The popup
    // asks each frame it can see by id, and also the whole tab at once for the frames it cannot see
    // (popup/page-targets.ts); only the first answer to that arrives, and it must not be an empty
    // frame's (an ad, about:blank, or the top frame of a page whose targets are all in frames).
    listTargets: async (_, silence) => {
      const targets = port.listTargets();
      if (targets.length === 0) silence();
      return targets;
    },
    showsTarget: async ({ rawId }) => port.showsTarget(rawId),
  };
  const listener = (message: unknown, _sender: unknown, sendResponse: (response: unknown) => void): true | undefined => {
    const parsed = v.safeParse(ToContentSchema, message);
    if (!parsed.success || signal.aborted) return undefined;
    let silent = false;
    const reply = dispatch(TO_CONTENT, handlers, parsed.output, () => (silent = true));
    if (silent) return undefined;
    void reply.then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
  void sendPageRequest({ to: 'background', kind: 'getPageState' }).then((reply) => {
    // A pushed state is newer than the answer to a request sent before it.
    if (reply.ok && !pushed && !signal.aborted) port.onState(reply.value);
  });
  return { send: sendPageRequest, label: (key, substitution) => t(key, substitution) };
}

import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Reply } from '../../../src/shared/protocol.ts';

const sendPageRequest = vi.hoisted(() => vi.fn<(message: unknown) => Promise<Reply>>());
vi.mock('../../../src/platform/browser.ts', () => ({ browser: fakeBrowser }));
vi.mock('../../../src/platform/page-messages.ts', () => ({ sendPageRequest }));
vi.mock('../../../src/platform/i18n.ts', () => ({ t: (key: string) => key }));

const { connectPort } = await import('../../../src/content/port.ts');

const ACTIVE = { callActive: true, transferable: true, defaultCountry: '' };
const push = (message: unknown, sendResponse: (response: unknown) => void = () => undefined) =>
  fakeBrowser.runtime.onMessage.trigger(message, {}, sendResponse);
const SHOWN = [{ rawId: '4:+14255550123', display: '+1 425 555 0123' }];

function handlers(onState = vi.fn(), listTargets = () => SHOWN) {
  return { onState, listTargets, showsTarget: (rawId: string) => SHOWN.some((target) => target.rawId === rawId) };
}

beforeEach(() => {
  fakeBrowser.reset();
  sendPageRequest.mockReset();
});

describe('content port', () => {
  it('asks for the page state and applies the answer', async () => {
    sendPageRequest.mockResolvedValue({ ok: true, value: ACTIVE });
    const onState = vi.fn();
    connectPort(new AbortController().signal, handlers(onState));
    expect(sendPageRequest).toHaveBeenCalledWith({ to: 'background', kind: 'getPageState' });
    await vi.waitFor(() => expect(onState).toHaveBeenCalledWith(ACTIVE));
  });

  it('applies pushed states, ignores anything else, and never answers', async () => {
    sendPageRequest.mockReturnValue(new Promise(() => undefined));
    const onState = vi.fn();
    connectPort(new AbortController().signal, handlers(onState));
    const replies = [
      ...(await push({ to: 'content', kind: 'pageState', state: ACTIVE })),
      ...(await push({ to: 'content', kind: 'pageState', state: { callActive: 'yes' } })),
      ...(await push({ to: 'popup', kind: 'pageState', state: ACTIVE })),
    ];
    expect(onState.mock.calls).toEqual([[ACTIVE]]);
    expect(replies).toEqual([undefined, undefined, undefined]);
  });

  it('keeps a pushed state over an older answer', async () => {
    let answer: (reply: Reply) => void = () => undefined;
    sendPageRequest.mockReturnValue(
      new Promise((resolve) => {
        answer = resolve;
      }),
    );
    const onState = vi.fn();
    connectPort(new AbortController().signal, handlers(onState));
    await push({ to: 'content', kind: 'pageState', state: ACTIVE });
    answer({ ok: true, value: { callActive: false, transferable: false, defaultCountry: '' } });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(onState.mock.calls).toEqual([[ACTIVE]]);
  });

  it('answers listTargets with the targets this frame shows', async () => {
    sendPageRequest.mockReturnValue(new Promise(() => undefined));
    connectPort(new AbortController().signal, handlers());
    const sendResponse = vi.fn();
    const replies = await push({ to: 'content', kind: 'listTargets' }, sendResponse);
    expect(sendResponse.mock.calls).toEqual([[SHOWN]]);
    expect(replies).toEqual([true]);
  });

  it('stays silent when the frame has nothing to list, so an empty frame never wins a broadcast', async () => {
    sendPageRequest.mockReturnValue(new Promise(() => undefined));
    const sendResponse = vi.fn();
    connectPort(new AbortController().signal, handlers(vi.fn(), () => []));
    expect(await push({ to: 'content', kind: 'listTargets' }, sendResponse)).toEqual([undefined]);
    expect(sendResponse).not.toHaveBeenCalled();
  });

  it('answers showsTarget for the targets its controls show, and no other', async () => {
    sendPageRequest.mockReturnValue(new Promise(() => undefined));
    connectPort(new AbortController().signal, handlers());
    const answers: unknown[] = [];
    await push({ to: 'content', kind: 'showsTarget', rawId: '4:+14255550123' }, (answer) => answers.push(answer));
    await push({ to: 'content', kind: 'showsTarget', rawId: '4:+14255550999' }, (answer) => answers.push(answer));
    await push({ to: 'content', kind: 'showsTarget', rawId: 'not a raw id' }, (answer) => answers.push(answer));
    expect(answers).toEqual([true, false]);
  });

  it('stops listening when aborted', () => {
    sendPageRequest.mockReturnValue(new Promise(() => undefined));
    const controller = new AbortController();
    connectPort(controller.signal, handlers());
    controller.abort();
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
  });
});

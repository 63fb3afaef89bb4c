import { describe, expect, it, vi } from 'vitest';
import { browserTabs, listPageTargets, type TabsApi } from '../../../src/popup/page-targets.ts';

const CUSTOMER = { rawId: '4:+14255550123', display: '+1 425-555-0123' };
const COLLEAGUE = { rawId: '4:+442079460958', display: '+44 20 7946 0958' };
const IN_FRAME = { rawId: '4:+441134960123', display: '+44 113 496 0123' };
const IN_OTHER_FRAME = { rawId: '4:+34912345678', display: '+34 912 34 56 78' };
const NO_RECEIVER = new Error('Could not establish connection. Receiving end does not exist.');

interface Tab {
  /** What each frame answers when asked by id; a frame not listed has no receiving end. */
  frames: Record<number, unknown>;
  /** The first answer to a message sent to the whole tab; by default the top frame's. */
  firstAnswer?: unknown;
  /** What looking at the tab's frames gives: their ids (all listed frames by default), or an error. */
  lookedAt?: number[] | Error;
  activeTabs?: { id?: number }[];
}

function tabs({ frames, firstAnswer = frames[0], lookedAt = Object.keys(frames).map(Number), activeTabs = [{ id: 7 }] }: Tab) {
  const asked: { id: number; message: unknown; options: unknown }[] = [];
  const settle = (reply: unknown) => (reply instanceof Error ? Promise.reject(reply) : Promise.resolve(reply));
  const api: TabsApi = {
    query: () => Promise.resolve(activeTabs),
    sendMessage: (id, message, options) => {
      asked.push({ id, message, options });
      if (options === undefined) return settle(firstAnswer);
      return settle(options.frameId in frames ? frames[options.frameId] : NO_RECEIVER);
    },
    contentScriptFrames: () => settle(lookedAt) as Promise<number[]>,
  };
  return { api, asked };
}

describe('the targets of the active tab', () => {
  it('asks the tab for its targets and lists them', async () => {
    const { api, asked } = tabs({ frames: { 0: [CUSTOMER, COLLEAGUE] } });

    expect(await listPageTargets(api)).toEqual([CUSTOMER, COLLEAGUE]);
    expect(asked).toContainEqual({ id: 7, message: { to: 'content', kind: 'listTargets' }, options: { frameId: 0 } });
  });

  it("asks every frame by id and lists the top frame's targets first, then the frames' in frame order, each once", async () => {
    const { api, asked } = tabs({
      frames: { 0: [CUSTOMER], 12: [IN_OTHER_FRAME, CUSTOMER], 5: [IN_FRAME, COLLEAGUE] },
      lookedAt: [0, 12, 5],
      firstAnswer: [IN_OTHER_FRAME],
    });

    expect(await listPageTargets(api)).toEqual([CUSTOMER, IN_FRAME, COLLEAGUE, IN_OTHER_FRAME]);
    expect(asked.map(({ options }) => options)).toEqual(expect.arrayContaining([{ frameId: 0 }, { frameId: 5 }, { frameId: 12 }]));
  });

  it.each([
    ['stays silent', undefined],
    ['has no receiving end any more', NO_RECEIVER],
    ['answers something that is not a target list', { targets: [IN_FRAME] }],
    ['answers targets that are not raw ids', [{ rawId: 'javascript:alert(1)', display: 'click me' }]],
  ])('takes nothing from a frame that %s', async (_, answer) => {
    const { api } = tabs({ frames: { 0: [CUSTOMER], 3: answer, 4: [COLLEAGUE] } });

    expect(await listPageTargets(api)).toEqual([CUSTOMER, COLLEAGUE]);
  });

  it('adds the first answer of a frame it could not look at, after the frames asked by id', async () => {
    // A cross-origin frame: activeTab covers the tab's own origin only.
    const { api } = tabs({ frames: { 0: [CUSTOMER], 4: [COLLEAGUE] }, firstAnswer: [IN_FRAME] });

    expect(await listPageTargets(api)).toEqual([CUSTOMER, COLLEAGUE, IN_FRAME]);
  });

  it('falls back to the top frame and the first answer when the frames cannot be looked at', async () => {
    const { api, asked } = tabs({
      frames: { 0: [CUSTOMER, COLLEAGUE] },
      firstAnswer: [IN_FRAME, COLLEAGUE],
      lookedAt: new Error('Cannot access contents of the page.'),
    });

    expect(await listPageTargets(api)).toEqual([CUSTOMER, COLLEAGUE, IN_FRAME]);
    expect(asked.map(({ options }) => options)).toEqual([{ frameId: 0 }, undefined]);
  });

  it('offers no more targets than one frame may list', async () => {
    const many = (first: number) =>
      Array.from({ length: 300 }, (_, k) => ({ rawId: `4:+1425555${String(first + k).padStart(4, '0')}`, display: 'n' }));
    const { api } = tabs({ frames: { 0: many(0), 1: many(300) } });

    const listed = await listPageTargets(api);
    expect(listed).toHaveLength(500);
    expect(listed.at(-1)?.rawId).toBe('4:+14255550499');
  });

  it.each([
    ['no active tab', tabs({ frames: { 0: [CUSTOMER] }, activeTabs: [] }).api],
    ['a tab without an id (devtools)', tabs({ frames: { 0: [CUSTOMER] }, activeTabs: [{}] }).api],
    ['a tab without our content script', tabs({ frames: {}, firstAnswer: NO_RECEIVER, lookedAt: [] }).api],
    ['a page it cannot look at or talk to (chrome://)', tabs({ frames: {}, firstAnswer: NO_RECEIVER, lookedAt: NO_RECEIVER }).api],
  ])('offers nothing for %s', async (_, api) => {
    expect(await listPageTargets(api)).toEqual([]);
  });
});

describe("the browser's side", () => {
  it('looks at every frame it may and keeps those our content script listens in', async () => {
    const executeScript = vi.fn(() => Promise.resolve([{ frameId: 0, result: true }, { frameId: 9, result: false }, { frameId: 4, result: true }]));
    const browser = { scripting: { executeScript } } as unknown as Parameters<typeof browserTabs>[0];

    expect(await browserTabs(browser).contentScriptFrames(7)).toEqual([0, 4]);
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, allFrames: true }, func: expect.any(Function) });
  });
});

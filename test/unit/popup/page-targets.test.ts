import { describe, expect, it } from 'vitest';
import { listPageTargets, type TabsApi } from '../../../src/popup/page-targets.ts';

const CUSTOMER = { rawId: '4:+14255550123', display: '+1 425-555-0123' };
const COLLEAGUE = { rawId: '4:+442079460958', display: '+44 20 7946 0958' };
const IN_FRAME = { rawId: '4:+441134960123', display: '+44 113 496 0123' };

/** A tab whose top frame shows `top` and whose embedded frame answers first with `first`. */
function tabs(top: unknown, first: unknown = top, activeTabs: { id?: number }[] = [{ id: 7 }]) {
  const asked: unknown[] = [];
  const api: TabsApi = {
    query: () => Promise.resolve(activeTabs),
    sendMessage: (id, message, options) => {
      asked.push({ id, message, options });
      const reply = options?.frameId === 0 ? top : first;
      return reply instanceof Error ? Promise.reject(reply) : Promise.resolve(reply);
    },
  };
  return { api, asked };
}

describe('the targets of the active tab', () => {
  it('asks the tab for its targets and lists them', async () => {
    const { api, asked } = tabs([CUSTOMER, COLLEAGUE]);

    expect(await listPageTargets(api)).toEqual([CUSTOMER, COLLEAGUE]);
    expect(asked).toContainEqual({ id: 7, message: { to: 'content', kind: 'listTargets' }, options: { frameId: 0 } });
  });

  it("keeps the page's own targets when an embedded frame answers first, each target once", async () => {
    const { api } = tabs([CUSTOMER, COLLEAGUE], [IN_FRAME, COLLEAGUE]);

    expect(await listPageTargets(api)).toEqual([CUSTOMER, COLLEAGUE, IN_FRAME]);
  });

  it.each([
    ['no active tab', tabs([CUSTOMER], [CUSTOMER], []).api],
    ['a tab without an id (devtools)', tabs([CUSTOMER], [CUSTOMER], [{}]).api],
    ['a tab without our content script', tabs(new Error('Receiving end does not exist.')).api],
    ['an answer that is not a target list', tabs({ targets: [CUSTOMER] }).api],
    ['targets that are not raw ids', tabs([{ rawId: 'javascript:alert(1)', display: 'click me' }]).api],
  ])('offers nothing for %s', async (_, api) => {
    expect(await listPageTargets(api)).toEqual([]);
  });
});

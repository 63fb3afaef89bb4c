import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import { TabTargetsSchema } from '../../../src/shared/protocol.ts';
import { MAX_LISTED_TARGETS } from '../../../src/content/target-list.ts';
import type { Layout, Placed } from '../../../src/content/seams.ts';
import { everythingNear, start, untilHosts } from './helpers.ts';

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  document.body.innerHTML = '';
});

/** Everything is near; only elements marked data-near are in the viewport. */
const layout = (placed: Placed): Layout => ({
  ...everythingNear(placed),
  inViewport: (elements) =>
    elements.map((element) => element.closest('[data-near]') !== null || element.previousElementSibling?.hasAttribute('data-near') === true),
});

function run(html: string) {
  const started = start(html, { layout });
  stop = () => started.controller.abort();
  return started.app;
}

describe('listing the targets a frame shows', () => {
  it('lists each target once, those in the viewport first', async () => {
    const app = run(`
      <p>+1 425 555 0101</p>
      <p>+1 425 555 0102 and again +1 425 555 0101</p>
      <a data-near href="tel:+14255550103">desk</a>
      <p data-near>+1 425 555 0102</p>`);
    await untilHosts(5);
    expect(app.listTargets()).toEqual([
      { rawId: '4:+14255550103', display: '+1 425 555 0103' },
      { rawId: '4:+14255550102', display: '+1 425 555 0102' },
      { rawId: '4:+14255550101', display: '+1 425 555 0101' },
    ]);
  });

  it('lists at most what the popup accepts, and forgets controls that left the page', async () => {
    const links = Array.from({ length: MAX_LISTED_TARGETS + 20 }, (_, index) => `<a href="tel:+1425555${String(index).padStart(4, '0')}">x</a>`);
    const app = run(`<div id="links">${links.join('')}</div><p id="gone">+44 20 7946 0958</p>`);
    await untilHosts(MAX_LISTED_TARGETS + 21);
    const listed = app.listTargets();
    expect(listed).toHaveLength(MAX_LISTED_TARGETS);
    expect(v.is(TabTargetsSchema, listed)).toBe(true);
    document.getElementById('links')!.remove();
    document.getElementById('gone')!.remove();
    expect(app.listTargets()).toEqual([]);
  });

  it('lists targets found far away whose controls wait until they come near, after those on the page', async () => {
    // Reported only when marked near.
    const waiting = (placed: Placed): Layout => ({
      ...layout(placed),
      watch: (element) => {
        if (element.hasAttribute('data-near')) placed(element, true);
      },
    });
    const started = start('<div id="list"></div>', { layout: waiting });
    stop = () => started.controller.abort();
    // Added after the first slice, so the layout's reports decide.
    document.getElementById('list')!.innerHTML = '<p>+1 425 555 0104</p><p data-near>+1 425 555 0105</p>';
    await untilHosts(1);
    expect(started.app.listTargets()).toEqual([
      { rawId: '4:+14255550105', display: '+1 425 555 0105' },
      { rawId: '4:+14255550104', display: '+1 425 555 0104' },
    ]);
  });
});

// A page that keeps the main thread busy (issue 11, point 2): a grid streaming its rows in
// back-to-back tasks. Finding targets takes turns with the page's tasks (src/content/idle.ts,
// visibleSlices), so the first screen gets its controls while the page is still streaming, within
// a few of the page's own tasks. Counted in the page's tasks rather than in milliseconds: a busy
// machine stretches both alike. In background slices the first row's control came 24 of these
// tasks after the row, when the one-second fallback ran (the build before that change).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startProduct, TEST_SETTINGS } from './harness.mjs';
import { startFixtureServer } from './fixture-server.mjs';
import { poll } from './content-probes.mjs';

// Chunk tasks the page may run between adding a first-screen row and that row's control.
const MAX_TASKS_BEHIND = 10;
let product;
let fixtures;

before(async () => {
  [product, fixtures] = await Promise.all([startProduct({ settings: { ...TEST_SETTINGS, defaultCountry: 'US' } }), startFixtureServer()]);
});

after(async () => {
  await Promise.all([product?.close(), fixtures?.close()]);
});

test('a page streaming rows in back-to-back tasks has its first screen decorated while it streams', async () => {
  const page = await product.context.newPage();
  await page.goto(new URL('busy/streaming-grid.html', fixtures.url).href);
  const report = await poll(() => page.evaluate(() => window.streamReport()), (value) => value.done, 60_000);
  assert.ok(report.done, 'the page finished streaming');
  assert.ok(report.firstScreen.length > 10, `a first screen of rows: ${report.firstScreen.length}`);
  for (const row of report.firstScreen) {
    const arrival = report.arrivals.find((entry) => entry.row === row);
    assert.ok(arrival, `row ${row} of the first screen has a control`);
    const behind = arrival.chunksAdded - 1 - arrival.rowChunk;
    assert.ok(behind <= MAX_TASKS_BEHIND, `row ${row}'s control came ${behind} of the page's tasks after the row`);
  }
  await page.close();
});

// A hostile page against the injected controls, with the agent's real input (page.mouse and
// page.keyboard reach Chromium as trusted events): the page writes into and over a control,
// restyles and restacks an open menu, relabels it, moves focus onto a control while the agent
// types, and hides or moves a control under a bait button between two clicks
// (test/fixtures/crm/hostile/steer.html). None of it may start a call or a transfer, or change
// what the control says; the agent's own clicks and keys still work.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { TEST_SETTINGS, openPopup, readSnapshot, sendFromPage, startProduct, waitForSnapshot, freshDemoCall } from './harness.mjs';
import { startFixtureServer } from './fixture-server.mjs';
import { pause, untilDecorated } from './content-probes.mjs';
import { DWELL_MS, chooseItem, openMenu, readControl, restAndClick, tabTo, untilControl } from './control-driver.mjs';

const COLLEAGUE = '4:+14255550181';
const PRIZE = '4:+14255550182';
const OTHER = '4:+14255550183';
let product;
let fixtures;
let callConsole;

before(async () => {
  [product, fixtures] = await Promise.all([startProduct({ settings: { ...TEST_SETTINGS, defaultCountry: 'US' } }), startFixtureServer()]);
  callConsole = await openPopup(product);
});

after(async () => {
  await Promise.all([product?.close(), fixtures?.close()]);
});

async function openSteer() {
  const page = await product.context.newPage();
  await page.setViewportSize({ width: 1000, height: 700 });
  await page.goto(new URL('hostile/steer.html', fixtures.url).href);
  await untilDecorated(page, [COLLEAGUE, PRIZE, OTHER]);
  await untilControl(page, COLLEAGUE, (control) => control.label.startsWith('Transfer call to'), 'a transfer');
  return page;
}

/** Hangs up whatever is live, then puts a fresh demo customer on the line. */
function newDemoCall() {
  return freshDemoCall(product, (command) => sendFromPage(callConsole, { to: 'background', kind: 'command', command }));
}

/** The engine's calls now, to compare with after an attack: no new call, no transfer. */
async function callsNow() {
  return (await readSnapshot(product)).calls.map((call) => ({ id: call.id, state: call.state, transfer: call.transfer ?? null }));
}

async function assertNothingStarted(before, what) {
  // A request the control had sent would be in the snapshot well within this.
  await pause(1000);
  assert.deepEqual(await callsNow(), before, `${what}: no call and no transfer started`);
}

/** The pixels of an open menu's items (the panel's rounded corners show the page behind). */
function menuShot(page, control) {
  const items = control.menu.items;
  const left = Math.min(...items.map((item) => item.x - item.width / 2));
  const top = Math.min(...items.map((item) => item.y - item.height / 2));
  const right = Math.max(...items.map((item) => item.x + item.width / 2));
  const bottom = Math.max(...items.map((item) => item.y + item.height / 2));
  return page.screenshot({ clip: { x: left, y: top, width: right - left, height: bottom - top } });
}

const said = (control) => ({ label: control.label, menu: control.menu && { label: control.menu.label, items: control.menu.items.map((item) => item.text) } });

test('elements written into and over a control, then real clicks elsewhere and on it, start nothing', async () => {
  await newDemoCall();
  const page = await openSteer();
  const before = await callsNow();
  const shown = said(await readControl(page, PRIZE));
  const { x, y } = (await readControl(page, PRIZE)).button;
  const injection = await page.evaluate((rawId) => window.steer.injectIntoAndOver(rawId), PRIZE);
  for (const point of [{ x: 500, y: 350 }, { x: 60, y: 200 }, { x, y }]) await restAndClick(page, point);
  await assertNothingStarted(before, 'clicks after the injection');
  assert.deepEqual(injection, { reached: false }, 'the page could not reach into the control');
  const after = await readControl(page, PRIZE);
  assert.equal(after.expanded, false);
  assert.deepEqual(said(after), shown);
  assert.deepEqual(await page.evaluate(() => window.steer.attempts), []);
  await page.close();
});

test('a control under a cover that lets clicks through ignores two real clicks on it', async () => {
  await newDemoCall();
  const page = await openSteer();
  const before = await callsNow();
  const point = await page.evaluate((rawId) => window.steer.cover(rawId), COLLEAGUE);
  for (const click of ['first', 'second']) {
    await restAndClick(page, point);
    assert.equal((await readControl(page, COLLEAGUE)).expanded, false, `the covered control opened no menu on the ${click} click`);
  }
  await assertNothingStarted(before, 'clicks through the cover');
  await page.close();
});

test('a menu restyled after a real click opened it says the same, on screen too', async () => {
  await newDemoCall();
  const page = await openSteer();
  const opened = await openMenu(page, COLLEAGUE);
  const pixels = await menuShot(page, opened);
  await page.evaluate((rawId) => window.steer.restyle(rawId), COLLEAGUE);
  await pause(200);
  assert.deepEqual(said(await readControl(page, COLLEAGUE)), said(opened));
  assert.ok((await menuShot(page, opened)).equals(pixels), 'the restyled menu looks the same');
  await page.close();
});

test('a menu restacked under a page popover after a real click opened it ignores two real clicks on its item', async () => {
  await newDemoCall();
  const page = await openSteer();
  const before = await callsNow();
  const opened = await openMenu(page, COLLEAGUE);
  const first = opened.menu.items[0];
  await page.evaluate((at) => window.steer.restack(at), { left: first.x - first.width / 2, top: first.y - first.height / 2, width: first.width, height: first.height });
  await restAndClick(page, first);
  await restAndClick(page, first);
  await assertNothingStarted(before, 'clicks on the restacked menu');
  await page.close();
});

test('relabelling a control changes neither its name nor its menu, in text or on screen', async () => {
  await newDemoCall();
  const page = await openSteer();
  const opened = await openMenu(page, COLLEAGUE);
  const pixels = await menuShot(page, opened);
  await page.evaluate((rawId) => window.steer.relabel(rawId), COLLEAGUE);
  await pause(200);
  const after = await readControl(page, COLLEAGUE);
  assert.deepEqual(said(after), said(opened));
  assert.match(after.label, /\+1 425 555 0181$/);
  assert.ok((await menuShot(page, opened)).equals(pixels), 'the relabelled menu looks the same');
  await page.close();
});

test('focus moved onto a control while the agent types lets no key act', async () => {
  await newDemoCall();
  const page = await openSteer();
  const before = await callsNow();
  await page.evaluate((rawId) => window.steer.stealFocusWhileTyping(rawId), COLLEAGUE);
  await restAndClick(page, await page.locator('#notes').evaluate((field) => {
    const box = field.getBoundingClientRect();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }));
  await page.keyboard.type('Call back at 5 ');
  for (const key of ['Enter', ' ', 'Enter', 'ArrowDown', 'Enter']) {
    await page.keyboard.press(key);
    await pause(DWELL_MS);
  }
  assert.ok((await page.evaluate(() => window.steer.attempts)).length >= 5, 'the page moved focus on every key');
  assert.equal((await readControl(page, COLLEAGUE)).expanded, false, 'no menu opened');
  await assertNothingStarted(before, 'typing with focus moved by the page');
  await page.close();
});

// Steady attacks get two clicks with a rest before each, as an agent clicking a bait twice; the
// page that changes the control between the clicks gets a double click, its fastest pair.
const CLICKJACKS = [
  { name: 'a transparent control over the bait', style: { opacity: '0' } },
  { name: 'a stretched and turned control over the bait', style: { transform: 'rotate(180deg) scale(8, 3)' } },
  { name: 'a hidden control shown between the two clicks', style: { visibility: 'hidden' }, change: 'reveal' },
  { name: 'a control moved under the pointer between the two clicks', change: 'moveUnder' },
];

for (const { name, style, change } of CLICKJACKS) {
  test(`clickjacking with two real clicks on a bait button, ${name}, starts nothing`, async () => {
    await newDemoCall();
    const page = await openSteer();
    const before = await callsNow();
    const bait = style ? await page.evaluate(([rawId, css]) => window.steer.hideOverBait(rawId, css), [PRIZE, style]) : { x: 500, y: 350 };
    if (change) {
      await page.evaluate(([rawId, what]) => window.steer.onFirstClick(rawId, what), [PRIZE, change]);
      await page.mouse.move(bait.x, bait.y, { steps: 5 });
      await pause(DWELL_MS);
      await page.mouse.click(bait.x, bait.y, { clickCount: 2 });
      assert.deepEqual(await page.evaluate(() => window.steer.attempts), [change]);
      assert.equal((await readControl(page, PRIZE)).expanded, false, 'no menu opened');
    } else {
      for (const click of ['first', 'second']) {
        await restAndClick(page, bait);
        assert.equal((await readControl(page, PRIZE)).expanded, false, `no menu opened on the ${click} click`);
      }
    }
    await assertNothingStarted(before, name);
    await page.close();
  });
}

test('the agent still transfers from a control by mouse, and by keyboard alone', async () => {
  let call = await newDemoCall();
  const page = await openSteer();
  await chooseItem(page, COLLEAGUE, /^Transfer call to/);
  const transferred = (id) => (s) => s.calls.some((c) => c.id === id && c.state === 'Disconnected' && c.transfer?.state === 'Transferred');
  let done = await waitForSnapshot(product, transferred(call.id), 'the transfer by mouse');
  assert.equal(done.calls.find((c) => c.id === call.id).transfer.target, COLLEAGUE);

  call = await newDemoCall();
  await untilControl(page, OTHER, (control) => control.label.startsWith('Transfer call to'), 'a transfer');
  await page.locator('#notes').focus();
  await tabTo(page, OTHER);
  await pause(DWELL_MS);
  await page.keyboard.press('Enter');
  const opened = await untilControl(page, OTHER, (control) => control.menu?.items[0]?.focused, 'its menu, first item focused');
  assert.deepEqual(opened.menu.items.map((item) => item.text), ['Transfer call to +1 425 555 0183', 'Consult first']);
  await page.keyboard.press('ArrowDown');
  await untilControl(page, OTHER, (control) => control.menu?.items[1]?.focused, 'focus on the second item');
  await page.keyboard.press('Escape');
  await untilControl(page, OTHER, (control) => control.menu === null && control.focused, 'its menu closed, focus back on its button');
  await pause(DWELL_MS);
  await page.keyboard.press(' ');
  await untilControl(page, OTHER, (control) => control.menu?.items[0]?.focused, 'its menu again');
  await pause(DWELL_MS);
  await page.keyboard.press('Enter');
  done = await waitForSnapshot(product, transferred(call.id), 'the transfer by keyboard');
  assert.equal(done.calls.find((c) => c.id === call.id).transfer.target, OTHER);
  await page.close();
});

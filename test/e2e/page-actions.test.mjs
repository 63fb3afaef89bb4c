// Page actions are earned (issue 10, point 2), attacked with the agent's real input where the
// attack has any (page.mouse and page.keyboard reach Chromium as trusted events): a control clicked
// in a background tab, a target the frame never showed (asked from the content script's own world,
// as a compromised renderer would), page actions faster than an agent asks for them, a hidden
// frame's selection under the transfer shortcut, and a call from a page control, which waits for
// the agent's yes in an extension window. The shortcut is invoked through the test build's worker
// hook: headless Chromium delivers no browser-level keys.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { TEST_SETTINGS, applySettings, launchWithGrantedHost, openPopup, readSnapshot, sendFromPage, waitForSnapshot, freshDemoCall } from './harness.mjs';
import { startFixtureServer } from './fixture-server.mjs';
import { pause, poll, untilDecorated } from './content-probes.mjs';
import { DWELL_MS, chooseItem, openMenu, readControl, restAndClick, tabTo, untilControl } from './control-driver.mjs';

const COLLEAGUE = '4:+14255550181';
const DESK = '4:+14255550185';
const HIDDEN = '4:+14255550184';
const NEVER_SHOWN = '4:+14255550199';
const SETTINGS = { ...TEST_SETTINGS, defaultCountry: 'US' };

let product;
let fixtures;
let callConsole;

before(async () => {
  fixtures = await startFixtureServer();
  // The shortcut reads the selection with scripting.executeScript, which needs host access; a real
  // key press would grant it through activeTab.
  const session = await launchWithGrantedHost('http://127.0.0.1/*');
  product = { context: session.context, extensionId: session.extensionId, worker: () => session.context.serviceWorkers().at(-1), close: session.close };
  await applySettings(product, SETTINGS);
  callConsole = await openPopup(product);
});

after(async () => {
  await Promise.all([product?.close(), fixtures?.close()]);
});

async function openFixture() {
  const page = await product.context.newPage();
  await page.setViewportSize({ width: 900, height: 600 });
  await page.goto(new URL('page-actions.html', fixtures.url).href);
  await untilDecorated(page, [COLLEAGUE, DESK]);
  return page;
}

const command = (cmd) => sendFromPage(callConsole, { to: 'background', kind: 'command', command: cmd });

/** Hangs up whatever is live, then puts a fresh demo customer on the line. */
function newDemoCall() {
  return freshDemoCall(product, command);
}

async function hangUpEverything() {
  const snapshot = await readSnapshot(product);
  for (const call of snapshot.calls.filter((c) => c.state !== 'Disconnected')) await command({ type: 'hangUp', callId: call.id });
  await waitForSnapshot(product, (s) => s.calls.every((c) => c.state === 'Disconnected'), 'every call to end');
}

const callsNow = async () => (await readSnapshot(product)).calls.map((call) => ({ id: call.id, state: call.state, transfer: call.transfer ?? null }));

async function assertNothingStarted(before, what) {
  // A request that got through would be in the snapshot well within this.
  await pause(1000);
  assert.deepEqual(await callsNow(), before, `${what}: no call and no transfer started`);
}

/** How many notifications are shown now (Chrome lists their ids only). */
const notificationCount = () => product.worker().evaluate(async () => Object.keys(await chrome.notifications.getAll()).length);

async function untilMoreNotifications(count, what) {
  const now = await poll(notificationCount, (n) => n > count, 5000);
  assert.ok(now > count, `${what}: a notification`);
}

test('a real click on a control in a background tab is refused and explained; the same click in the active tab transfers', async () => {
  const call = await newDemoCall();
  const background = await openFixture();
  const front = await openFixture();
  await front.bringToFront();
  const before = await callsNow();
  const shown = await notificationCount();
  await chooseItem(background, COLLEAGUE, /^Transfer call to/);
  await untilMoreNotifications(shown, 'the refusal');
  const refused = await untilControl(background, COLLEAGUE, (control) => control.status !== null, 'a refusal');
  assert.match(refused.status, /came from a tab you are not looking at/);
  await assertNothingStarted(before, 'a click in a background tab');
  await background.bringToFront();
  await chooseItem(background, COLLEAGUE, /^Transfer call to/);
  await waitForSnapshot(product, (s) => s.calls.some((c) => c.id === call.id && c.transfer?.target === COLLEAGUE), 'the transfer from the active tab');
  await Promise.all([background.close(), front.close()]);
});

/**
 * Sends a message from the content script's own world in the page's top frame, as a compromised
 * renderer could: the DevTools protocol reaches the extension's isolated world.
 */
async function sendFromContentScript(page, message) {
  const cdp = await page.context().newCDPSession(page);
  const worlds = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
  await cdp.send('Runtime.enable');
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const world = worlds.find((context) => context.auxData?.frameId === frameTree.frame.id && context.origin === `chrome-extension://${product.extensionId}`);
  assert.ok(world, `the content script's world in the top frame; worlds: ${JSON.stringify(worlds.map((w) => [w.name, w.origin]))}`);
  const expression = `chrome.runtime.sendMessage(${JSON.stringify(message)})`;
  const { result } = await cdp.send('Runtime.evaluate', { contextId: world.id, expression, awaitPromise: true, returnByValue: true });
  await cdp.detach();
  return result.value;
}

test('a page action for a target the frame never showed is refused and explained, while one it shows goes through', async () => {
  const call = await newDemoCall();
  const page = await openFixture();
  const before = await callsNow();
  const shown = await notificationCount();
  const forged = await sendFromContentScript(page, { to: 'background', kind: 'pageAction', action: 'transfer', target: NEVER_SHOWN });
  assert.equal(forged.ok, false);
  assert.match(forged.error.message, /The page asked for \+1 425 555 0199, which none of its transfer buttons shows/);
  await untilMoreNotifications(shown, 'the refusal');
  await assertNothingStarted(before, 'a target the page never showed');
  // The same channel with a target a control shows: the refusal above was the gate's, not the channel's.
  const honest = await sendFromContentScript(page, { to: 'background', kind: 'pageAction', action: 'transfer', target: DESK });
  assert.equal(honest.ok, true, JSON.stringify(honest));
  await waitForSnapshot(product, (s) => s.calls.some((c) => c.id === call.id && c.transfer?.target === DESK), 'the transfer to a shown target');
  await page.close();
});

test('a call from a page control waits for the agent’s yes in an extension window, which names the target and ignores a click as it appears', async () => {
  await hangUpEverything();
  const page = await openFixture();
  await untilControl(page, DESK, (control) => control.label.startsWith('Call'), 'a call');
  const before = await callsNow();
  const opened = product.context.waitForEvent('page', { predicate: (p) => p.url().includes('/src/confirm/index.html') });
  await chooseItem(page, DESK, /^Call/);
  const confirm = await opened;
  await confirm.waitForSelector('.confirm__call');
  assert.equal(await confirm.textContent('.confirm__question'), 'Call +1 425 555 0185?');
  assert.match(await confirm.textContent('.confirm__site'), /^Asked by a page on 127\.0\.0\.1:\d+\./);
  await assertNothingStarted(before, 'a call not yet confirmed');
  const box = await confirm.locator('.confirm__call').boundingBox();
  const yes = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  // A click that lands as the window appears (the agent's double click on the page, say) does nothing.
  await confirm.mouse.click(yes.x, yes.y);
  await assertNothingStarted(before, 'a click on Call as the window appeared');
  await restAndClick(confirm, yes);
  await waitForSnapshot(product, (s) => s.calls.some((c) => c.state !== 'Disconnected' && c.remote[0]?.rawId === DESK), 'the confirmed call to the desk');
  await page.close();
});

/** Triple-clicks a line of the page, as an agent selects a number to transfer. */
async function selectLine(page, selector) {
  const box = await page.locator(selector).boundingBox();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2, { clickCount: 3 });
}

const activeTabId = () => product.worker().evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
const shortcut = (name, tabId) => product.worker().evaluate(([n, id]) => globalThis.acsTransferCommand(n, id), [name, tabId]);
const menuClicked = (click, tabId) => product.worker().evaluate(([c, id]) => globalThis.acsTransferMenuClicked(c, id), [click, tabId]);

/** The frame id Chrome gives the page's srcdoc frame (the hidden one). */
async function hiddenFrameId(tabId) {
  const frames = await product.worker().evaluate(
    (id) => chrome.scripting.executeScript({ target: { tabId: id, allFrames: true }, func: () => location.href }),
    tabId,
  );
  return frames.find((frame) => frame.result === 'about:srcdoc').frameId;
}

test('the transfer shortcut and the context menu ignore a selection a script made in a hidden frame it focused; the shortcut uses the agent’s visible one', async () => {
  const call = await newDemoCall();
  const page = await openFixture();
  await page.bringToFront();
  const tabId = await activeTabId();
  await selectLine(page, '#colleague');
  assert.equal(await page.evaluate(() => window.selectInHiddenFrame()), '+1 425-555-0184', 'the hidden frame has focus and a selection');
  const before = await callsNow();
  const refused = await shortcut('transfer-selection', tabId);
  assert.equal(refused.ok, false, JSON.stringify(refused));
  // The focused frame is the hidden one, and what it selected is not visible.
  assert.equal(refused.error.message, 'Select a phone number or user id on the page first.');
  await assertNothingStarted(before, 'the hidden frame’s selection');
  // The context menu opened on that frame: Chrome hands over the frame's selection text, which the
  // agent cannot see there.
  const fromMenu = await menuClicked({ menuItemId: 'acs-transfer:transfer-selection', selectionText: '+1 425-555-0184', frameId: await hiddenFrameId(tabId) }, tabId);
  assert.equal(fromMenu.ok, false, JSON.stringify(fromMenu));
  assert.match(fromMenu.error.message, /is in a part of the page you cannot see/);
  await assertNothingStarted(before, 'the context menu on the hidden frame’s selection');
  await selectLine(page, '#colleague');
  const reply = await shortcut('transfer-selection', tabId);
  assert.equal(reply.ok, true, JSON.stringify(reply));
  await waitForSnapshot(product, (s) => s.calls.some((c) => c.id === call.id && c.transfer?.target === COLLEAGUE), 'the transfer to the visible selection');
  await page.close();
});

test('page actions faster than an agent asks are refused past the limit, and the refusal says so', async () => {
  // No calling host: the connection fails, so every "Call" is refused by the plan and none starts a call.
  await applySettings(product, { ...SETTINGS, engine: 'acs', callingHostUrl: '', simulatorDemoCall: false });
  await waitForSnapshot(product, (s) => s.connection === 'failed', 'the failed connection');
  const page = await openFixture();
  await page.bringToFront();
  await untilControl(page, DESK, (control) => control.label.startsWith('Call'), 'a call');
  await tabTo(page, DESK);
  for (let request = 0; request < 4; request += 1) {
    await pause(DWELL_MS);
    await page.keyboard.press('Enter');
    await untilControl(page, DESK, (control) => control.menu?.items[0]?.focused === true, 'its first item focused');
    await pause(DWELL_MS);
    await page.keyboard.press('Enter');
    const said = await untilControl(page, DESK, (control) => control.status !== null && control.menu === null, 'what the request got');
    if (request === 0) assert.match(said.status, /Not connected/);
  }
  await untilControl(page, DESK, (control) => /Too many requests from this page/.test(control.status ?? ''), 'the rate limit');
  assert.equal((await readSnapshot(product)).calls.length, 0);
  await page.close();
  await applySettings(product, SETTINGS);
});

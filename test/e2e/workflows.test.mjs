// The workflows around the popup, end to end on the simulated engine: the context menu and the
// keyboard shortcuts (invoked through the worker, since headless Chromium has neither native menus
// nor browser-level keys), notifications, and the transfer history with its CSV export.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openExtensionPage, readSnapshot, sendFromPage, startProduct, waitForSnapshot, freshDemoCall } from './harness.mjs';

const TEAMS_USER = '8:orgid:6f1c2b7a-3d4e-4f5a-9b8c-7d6e5f4a3b2c';
const COLLEAGUE = '4:+442079460958';
const DEMO_CUSTOMER = '4:+14255550123';
const OPTIONS = 'src/options/index.html';

let product;
/** An extension page to send commands from. A tab, not the popup: notifications show while no popup is open. */
let control;

before(async () => {
  product = await startProduct();
  control = await openExtensionPage(product, OPTIONS);
});

after(async () => {
  await product?.close();
});

const command = (cmd) => sendFromPage(control, { to: 'background', kind: 'command', command: cmd });
const menuClicked = (click) => product.worker().evaluate((c) => globalThis.acsTransferMenuClicked(c), click);
const shortcut = (name) => product.worker().evaluate((n) => globalThis.acsTransferCommand(n), name);
const notificationIds = () => product.worker().evaluate(async () => Object.keys(await chrome.notifications.getAll()));

/** Notifications are shown after the reply, so they are polled for. */
async function waitForNotifications(predicate, what) {
  const deadline = Date.now() + 5000;
  let ids = await notificationIds();
  while (!predicate(ids) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    ids = await notificationIds();
  }
  assert.ok(predicate(ids), `${what}; notifications: ${ids.join(', ')}`);
}

async function hangUpEverything() {
  const snapshot = await readSnapshot(product);
  for (const call of snapshot.calls.filter((c) => c.state !== 'Disconnected')) await command({ type: 'hangUp', callId: call.id });
  await waitForSnapshot(product, (s) => s.calls.every((c) => c.state === 'Disconnected'), 'every call to end');
}

/** Ends whatever is live, then puts a fresh demo customer on the line. */
function newDemoCall() {
  return freshDemoCall(product, command);
}

function waitForTransfer(callId, state) {
  return waitForSnapshot(product, (s) => s.calls.some((c) => c.id === callId && c.transfer?.state === state), `transfer ${state}`);
}

test('the context menu sends the call to a Teams user’s voicemail', async () => {
  const call = await newDemoCall();
  const reply = await menuClicked({ menuItemId: 'acs-transfer:voicemail', selectionText: TEAMS_USER });
  assert.equal(reply.ok, true, JSON.stringify(reply));
  const after = await waitForTransfer(call.id, 'Transferred');
  const transfer = after.calls.find((c) => c.id === call.id).transfer;
  assert.equal(transfer.mode, 'voicemail');
  assert.equal(transfer.target, TEAMS_USER);
});

test('a context-menu selection that is not a target is refused and leaves the call alone', async () => {
  const call = await newDemoCall();
  const reply = await menuClicked({ menuItemId: 'acs-transfer:transfer-selection', selectionText: 'Order 7852220666' });
  assert.equal(reply.ok, false);
  assert.match(reply.error.message, /is not a phone number/);
  await new Promise((resolve) => setTimeout(resolve, 500));
  const same = (await readSnapshot(product)).calls.find((c) => c.id === call.id);
  assert.equal(same.state, 'Connected');
  assert.equal(same.transfer, undefined);
});

test('the hang-up shortcut ends the current call', async () => {
  const call = await newDemoCall();
  assert.equal((await shortcut('hang-up')).ok, true);
  await waitForSnapshot(product, (s) => s.calls.find((c) => c.id === call.id)?.state === 'Disconnected', 'the call to end');
});

test('the accept-incoming shortcut answers the ringing call', async () => {
  await hangUpEverything();
  assert.equal((await command({ type: 'simulate', scenario: 'incomingCall' })).ok, true);
  const ringing = (await waitForSnapshot(product, (s) => s.incoming.length === 1, 'an incoming call')).incoming[0];
  assert.equal((await shortcut('accept-incoming')).ok, true);
  await waitForSnapshot(
    product,
    (s) => s.incoming.length === 0 && s.calls.some((c) => c.state === 'Connected' && c.remote[0]?.rawId === ringing.caller.rawId),
    'the incoming call to be connected',
  );
});

test('a shortcut that cannot act says why in a notification and changes nothing', async () => {
  const call = await newDemoCall();
  const before = await notificationIds();
  const accept = await shortcut('accept-incoming');
  assert.equal(accept.ok, false);
  assert.equal(accept.error.message, 'There is no incoming call to accept.');
  // Invoked through the worker, no key press granted activeTab: the demo CRM's selection cannot be read.
  const page = await product.context.newPage();
  await page.goto(new URL('index.html', product.server.url).href);
  await page.bringToFront();
  const transfer = await shortcut('transfer-selection');
  assert.equal(transfer.ok, false);
  assert.match(transfer.error.message, /cannot read the selection on this page/);
  await waitForNotifications((ids) => ids.filter((id) => !before.includes(id)).length === 2, 'a notification for each refusal');
  assert.equal((await readSnapshot(product)).calls.find((c) => c.id === call.id).state, 'Connected');
  await page.close();
});

test('a finished transfer is notified while no popup is open', async () => {
  const call = await newDemoCall();
  await sendFromPage(control, { to: 'background', kind: 'pageAction', action: 'transfer', target: COLLEAGUE });
  const { opId } = (await waitForTransfer(call.id, 'Transferred')).calls.find((c) => c.id === call.id).transfer;
  await waitForNotifications((ids) => ids.some((id) => id.startsWith(`acs-transfer:transfer:${opId}:`)), 'the transfer notified');
});

test('the options page lists the shortcuts with their keys and opens Chrome’s page to change them', async () => {
  const options = await openExtensionPage(product, OPTIONS, { width: 900, height: 900 });
  const row = (name) => options.locator(`[data-testid="shortcuts-table"] tr[data-command="${name}"]`);
  await row('accept-incoming').waitFor();
  assert.deepEqual(await row('accept-incoming').locator('th, td').allTextContents(), ['Accept the incoming call', 'Alt+Shift+Y']);
  assert.deepEqual(await row('_execute_action').locator('th, td').allTextContents(), ['Open the call console', 'Alt+Shift+O']);
  const [chromePage] = await Promise.all([product.context.waitForEvent('page'), options.getByTestId('shortcuts-change').click()]);
  await chromePage.waitForURL('chrome://extensions/shortcuts');
  await Promise.all([chromePage.close(), options.close()]);
});

test('the options page shows a transfer in the history and exports it as CSV', async () => {
  const call = await newDemoCall();
  await sendFromPage(control, { to: 'background', kind: 'pageAction', action: 'transfer', target: COLLEAGUE });
  await waitForTransfer(call.id, 'Transferred');
  const options = await openExtensionPage(product, OPTIONS, { width: 900, height: 900 });
  const newest = options.locator('[data-testid="history-row"]').first();
  await newest.waitFor();
  const cells = await newest.locator('td').allTextContents();
  assert.deepEqual(cells.slice(1), ['Alex Rivera+1 425 555 0123', '+44 20 7946 0958', 'Direct', 'Transferred']);

  const [download] = await Promise.all([options.waitForEvent('download'), options.getByTestId('history-export').click()]);
  assert.match(download.suggestedFilename(), /^transfer-history-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
  const [header, ...rows] = csv.trimEnd().split('\r\n');
  assert.equal(header, 'time,callId,customerId,customerName,target,mode,outcome,errorCode,errorKind');
  const [time, ...fields] = (rows.find((line) => line.split(',')[1] === call.id) ?? '').split(',');
  assert.match(time, /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/);
  assert.deepEqual(fields, [call.id, DEMO_CUSTOMER, 'Alex Rivera', COLLEAGUE, 'participant', 'Transferred', '', '']);
  assert.equal(rows.length, await options.locator('[data-testid="history-row"]').count());
  await options.close();
});

// The foundation end to end: worker, one offscreen session owner, popup, page controls, and a
// transfer that ends Transferred with the original call ended, on the simulated engine.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  connectedCall,
  offscreenDocumentCount,
  openPopup,
  readSnapshot,
  recordSnapshots,
  sendFromPage,
  startProduct,
  stopServiceWorker,
  waitForSnapshot,
  freshDemoCall,
} from './harness.mjs';
import { chooseItem, openMenu, readControl } from './control-driver.mjs';

const COLLEAGUE = '4:+442079460958';
let product;

before(async () => {
  product = await startProduct();
});

after(async () => {
  await product?.close();
});

/** Hangs up whatever is live, then puts a fresh demo customer on the line. */
function newDemoCall(page) {
  return freshDemoCall(product, (command) => sendFromPage(page, { to: 'background', kind: 'command', command }));
}

test('the worker starts exactly one offscreen document, which owns a connected session', async () => {
  const popup = await openPopup(product);
  const replies = await Promise.all([1, 2, 3].map(() => sendFromPage(popup, { to: 'background', kind: 'getPageState' })));
  assert.deepEqual(replies.map((r) => [r.value.callActive, r.value.transferable]), Array(3).fill([true, true]));
  assert.equal(await offscreenDocumentCount(product), 1);
  const snapshot = await readSnapshot(product);
  assert.equal(snapshot.connection, 'connected');
  assert.equal(snapshot.engine, 'simulated');
  await popup.close();
});

test('the popup shows the live call and follows changes', async () => {
  const popup = await openPopup(product);
  await popup.locator('[data-testid="current-call"][data-call-state="Connected"]').waitFor();
  await popup.locator('[data-testid="current-call"] [data-testid="hold"]').click();
  await popup.locator('[data-testid="current-call"][data-call-state="LocalHold"]').waitFor();
  await popup.locator('[data-testid="current-call"] [data-testid="resume"]').click();
  await popup.locator('[data-testid="current-call"][data-call-state="Connected"]').waitFor();
  await popup.close();
});

test('a page control transfers the call: Transferring, then Transferred, then the original call ended', async () => {
  const popup = await openPopup(product);
  const before = await newDemoCall(popup);
  const revisions = await recordSnapshots(popup);
  const page = await product.context.newPage();
  await page.goto(new URL('index.html', product.server.url).href);
  await chooseItem(page, COLLEAGUE, /^Transfer call to/);

  const after = await waitForSnapshot(
    product,
    (s) => s.calls.some((c) => c.id === before.id && c.state === 'Disconnected' && c.transfer?.state === 'Transferred'),
    'the transferred call to end',
  );
  const ended = after.calls.find((c) => c.id === before.id);
  assert.equal(ended.transfer.target, COLLEAGUE);
  const states = (await revisions()).map((s) => {
    const call = s.calls.find((c) => c.id === before.id);
    return `${call?.state}/${call?.transfer?.state ?? 'none'}`;
  });
  const order = ['LocalHold/Transferring', 'LocalHold/Transferred', 'Disconnected/Transferred'].map((x) => states.indexOf(x));
  assert.ok(order.every((i, n) => i >= 0 && (n === 0 || i > order[n - 1])), `revision order: ${states.join(' → ')}`);
  await popup.locator('[data-testid="call"][data-call-state="Disconnected"][data-transfer-state="Transferred"]').waitFor();
  await Promise.all([page.close(), popup.close()]);
});

test('clicks a page script fakes on the controls transfer nothing', async () => {
  const popup = await openPopup(product);
  const call = await newDemoCall(popup);
  const page = await product.context.newPage();
  await page.goto(new URL('index.html', product.server.url).href);
  const host = page.locator(`[data-acs-transfer-target="${COLLEAGUE}"]`).first();
  await host.waitFor({ state: 'attached' });
  // The root is closed: the page gets no shadowRoot, and events it sends the host stay outside.
  assert.equal(await host.evaluate((el) => el.shadowRoot), null);
  const fakeInput = (el) => {
    el.click();
    el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  };
  await host.evaluate(fakeInput);
  assert.equal((await readControl(page, COLLEAGUE)).expanded, false, 'no menu from scripted input');
  await openMenu(page, COLLEAGUE);
  await host.evaluate(fakeInput);
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const snapshot = await readSnapshot(product);
  const same = snapshot.calls.find((c) => c.id === call.id);
  assert.equal(same.state, 'Connected');
  assert.equal(same.transfer, undefined);
  await Promise.all([page.close(), popup.close()]);
});

test('a stopped service worker loses neither the call nor the popup live updates', async () => {
  const popup = await openPopup(product);
  const call = await newDemoCall(popup);
  await popup.locator('[data-testid="current-call"][data-call-state="Connected"]').waitFor();
  await stopServiceWorker(product, popup);
  await popup.locator('[data-testid="current-call"] [data-testid="hold"]').click();
  await popup.locator('[data-testid="current-call"][data-call-state="LocalHold"]').waitFor();
  const snapshot = await readSnapshot(product);
  assert.equal(snapshot.calls.find((c) => c.id === call.id)?.state, 'LocalHold');
  assert.equal(await offscreenDocumentCount(product), 1);
  await popup.close();
});

test('forged and malformed messages are refused and change nothing', async () => {
  const popup = await openPopup(product);
  const before = await readSnapshot(product);
  const forged = { to: 'background', kind: 'snapshot', snapshot: { ...before, rev: before.rev + 100, calls: [] } };
  const replies = await Promise.all([
    sendFromPage(popup, forged),
    sendFromPage(popup, { to: 'background', kind: 'command', command: { type: 'hangUp' } }),
    sendFromPage(popup, { to: 'background', kind: 'command', command: { type: 'startCall', targets: ['javascript:alert(1)'] } }),
  ]);
  assert.deepEqual(replies.map((r) => r.ok), [false, false, false]);
  const after = await readSnapshot(product);
  assert.deepEqual(after.calls, before.calls);
  await popup.close();
});

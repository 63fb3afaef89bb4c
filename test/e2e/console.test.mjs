// The popup as the agent's call console (issue 4, points 1, 2, 9 and the popup flows of 10), driven
// like an agent would on the simulated engine: blind and consult transfers, a declining and a
// silent target, an incoming call, Spanish, the keyboard alone, and axe-core on every main state.
// The tests write popup-*.png to test-output/screenshots/; `npm run screenshots` points them at
// docs/screenshots/ (SCREENSHOTS_DIR), so the README's pictures follow the product without a test
// run touching the tree.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readSnapshot, sendFromPage, startProduct, TEST_SETTINGS, waitForSnapshot, freshDemoCall } from './harness.mjs';

const SETTINGS = { ...TEST_SETTINGS, simulatorTimeScale: 0.05 };
const AXE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));
const SCREENSHOTS = process.env.SCREENSHOTS_DIR
  ? pathToFileURL(`${process.env.SCREENSHOTS_DIR.replace(/\/$/, '')}/`)
  : new URL('../../test-output/screenshots/', import.meta.url);
mkdirSync(SCREENSHOTS, { recursive: true });
const COLLEAGUE = { typed: '+44 20 7946 0958', rawId: '4:+442079460958' };
const NATIONAL = { typed: '(425) 555-0100', shown: '+1 425 555 0100', rawId: '4:+14255550100' };
const TEAMS_COLLEAGUE = '8:orgid:6f1c2a3b-4d5e-4f60-8a71-92b3c4d5e6f7';
const DECLINES = { typed: '+44 20 7946 0000', rawId: '4:+442079460000' };
const NEVER_ANSWERS = { typed: '+1 425 555 9999', rawId: '4:+14255559999' };

let product;
let popup;

/**
 * The popup page at its toolbar width. The extension's CSP forbids the inline script that
 * addScriptTag injects axe-core with, so DevTools lifts it for this page before it loads; the
 * product's own policy is untouched.
 */
async function openPopup(target) {
  const page = await target.context.newPage();
  const devtools = await target.context.newCDPSession(page);
  await devtools.send('Page.setBypassCSP', { enabled: true });
  await page.setViewportSize({ width: 380, height: 640 });
  await page.goto(`chrome-extension://${target.extensionId}/src/popup/index.html`);
  return page;
}

before(async () => {
  product = await startProduct({ settings: SETTINGS });
  popup = await openPopup(product);
});

after(async () => {
  await product?.close();
});

const byTestId = (page, testId) => page.locator(`[data-testid="${testId}"]`);
const currentCall = (page) => byTestId(page, 'current-call');

function command(page, engineCommand) {
  return sendFromPage(page, { to: 'background', kind: 'command', command: engineCommand });
}

/** Ends every live call and puts a fresh demo customer on the line, as the popup shows it. */
async function freshCall(page) {
  const call = await freshDemoCall(product, (engineCommand) => command(page, engineCommand));
  await page.locator(`[data-testid="current-call"][data-call-id="${call.id}"][data-call-state="Connected"]`).waitFor();
  return call;
}

function callById(snapshot, id) {
  return snapshot.calls.find((call) => call.id === id);
}

/** The popup as the toolbar shows it (380 px wide, as tall as its content), written over the old picture. */
async function screenshot(page, name) {
  await page.locator('body').screenshot({ path: fileURLToPath(new URL(name, SCREENSHOTS)), animations: 'disabled' });
}

/** axe-core on the whole popup: no serious or critical violation, colour contrast included. */
async function assertAccessible(page, state) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const results = await window.axe.run(document, { resultTypes: ['violations'] });
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  assert.deepEqual(violations, [], `accessibility violations ${state}`);
}

async function openSimulator(page) {
  const simulator = byTestId(page, 'simulator');
  if (!(await simulator.evaluate((details) => details.open))) await simulator.locator('summary').click();
}

async function typeTarget(page, text) {
  await byTestId(page, 'transfer-target').fill(text);
}

test('the current call at a glance: party, state, live duration, connection', async () => {
  await freshCall(popup);
  const current = currentCall(popup);
  assert.equal(await current.locator('.call__party').textContent(), 'Alex Rivera');
  assert.equal(await current.getByTestId('call-status').textContent(), 'On call');
  assert.equal(await byTestId(popup, 'connection').getAttribute('data-connection'), 'connected');
  const duration = current.getByTestId('duration');
  const first = await duration.textContent();
  await popup.waitForFunction((before) => document.querySelector('[data-testid="duration"]')?.textContent !== before, first);
  assert.match(await duration.textContent(), /^\d+:\d\d$/);
  await assertAccessible(popup, 'on a call');
});

test('a blind transfer from the popup, by keyboard alone: requested, then Transferred', async () => {
  const call = await freshCall(popup);
  await popup.locator('body').focus();
  for (let presses = 0; presses < 20 && !(await byTestId(popup, 'transfer-target').evaluate((el) => el === document.activeElement)); presses += 1) {
    await popup.keyboard.press('Tab');
  }
  const field = byTestId(popup, 'transfer-target');
  assert.notEqual(await field.evaluate((el) => getComputedStyle(el).outlineStyle), 'none', 'the focused field shows its focus');
  // A national number, read in the region of the browser's language (en-US here).
  await popup.keyboard.type(NATIONAL.typed);
  assert.equal(await byTestId(popup, 'transfer-target-hint').textContent(), `→ ${NATIONAL.shown}`);
  await popup.keyboard.press('Enter');

  const after = await waitForSnapshot(product, (s) => callById(s, call.id)?.state === 'Disconnected', 'the transferred call to end');
  assert.deepEqual(
    { state: callById(after, call.id).transfer.state, target: callById(after, call.id).transfer.target },
    { state: 'Transferred', target: NATIONAL.rawId },
  );
  const card = popup.locator(`[data-testid="call"][data-call-id="${call.id}"][data-transfer-state="Transferred"]`);
  await card.waitFor();
  const steps = await card.locator('[data-step]').evaluateAll((items) => items.map((item) => item.dataset.step));
  assert.deepEqual(steps, ['requested', 'transferred']);
  assert.equal(await card.getByTestId('call-status').textContent(), `Transferred to ${NATIONAL.shown}`);
  await byTestId(popup, 'pick-recent').locator(`[data-raw-id="${NATIONAL.rawId}"]`).waitFor();
  await screenshot(popup, 'popup-transferred.png');
  await assertAccessible(popup, 'after a transfer');
});

test('a target picked from the page in the active tab, transferred with Enter', async () => {
  const call = await freshCall(popup);
  const crm = await product.context.newPage();
  const page = await openPopup(product);
  try {
    await crm.goto(new URL('index.html', product.server.url).href);
    await crm.locator(`[data-acs-transfer-target="${COLLEAGUE.rawId}"]`).first().waitFor();
    // The popup asks the active tab of its window, as the toolbar popup does: here the CRM page.
    await crm.bringToFront();
    await page.reload();
    const pick = byTestId(page, 'pick-page').locator(`[data-raw-id="${COLLEAGUE.rawId}"]`);
    // The content script decides the order (visible rows first); a long list shows its head only.
    await byTestId(page, 'pick-page').waitFor();
    if ((await pick.count()) === 0) await byTestId(page, 'pick-show-all').click();
    await pick.click();
    assert.equal(await byTestId(page, 'transfer-target').evaluate((el) => el === document.activeElement), true);
    assert.equal(await byTestId(page, 'transfer-target-hint').textContent(), `→ ${COLLEAGUE.typed}`);
    await page.mouse.move(0, 0);
    await screenshot(page, 'popup-on-call.png');
    await page.keyboard.press('Enter');

    const after = await waitForSnapshot(product, (s) => callById(s, call.id)?.transfer?.state === 'Transferred', 'the transfer to the page target');
    assert.equal(callById(after, call.id).transfer.target, COLLEAGUE.rawId);
  } finally {
    await Promise.all([crm.close(), page.close()]);
    await popup.bringToFront();
  }
});

test('a target that declines: the transfer ends Failed 603 and the agent is back on the call', async () => {
  const call = await freshCall(popup);
  await typeTarget(popup, DECLINES.typed);
  await byTestId(popup, 'transfer-ignore-rules').check();
  await byTestId(popup, 'transfer-blind').click();

  const after = await waitForSnapshot(
    product,
    (s) => callById(s, call.id)?.transfer?.state === 'Failed' && callById(s, call.id).state === 'Connected',
    'the declined transfer to give the call back',
  );
  const { target, error } = callById(after, call.id).transfer;
  assert.deepEqual({ target, error }, { target: DECLINES.rawId, error: { code: 603, subCode: 0 } });
  const failed = currentCall(popup).locator('[data-step="failed"]');
  await failed.getByTestId('back-on-call').waitFor();
  assert.match(await failed.textContent(), /Transfer failed.*The target declined the call.*code 603\/0.*back on the call with Alex Rivera/);
  await popup.locator('[data-testid="current-call"][data-call-state="Connected"] [data-testid="transfer-panel"]').waitFor();
  await screenshot(popup, 'popup-failed.png');
  await assertAccessible(popup, 'after a failed transfer');

  // Try the transfer again: a new transfer to the same target, which this target declines again.
  const firstOp = callById(after, call.id).transfer.opId;
  await currentCall(popup).getByTestId('retry-transfer').click();
  const retried = await waitForSnapshot(
    product,
    (s) => callById(s, call.id)?.transfer?.opId !== firstOp && callById(s, call.id)?.transfer?.state === 'Failed' && callById(s, call.id).state === 'Connected',
    'the retried transfer to be declined again',
  );
  assert.equal(callById(retried, call.id).transfer.target, DECLINES.rawId);
});

test('a target that never answers: Transferring until the 60 s timeout (scaled), then Failed 408, call resumed', async () => {
  const call = await freshCall(popup);
  await typeTarget(popup, NEVER_ANSWERS.typed);
  await byTestId(popup, 'transfer-blind').click();
  await popup.locator('[data-testid="current-call"][data-transfer-state="Transferring"]').waitFor();
  assert.equal(await currentCall(popup).locator('[data-step="transferring"]').textContent(), 'Waiting for the target to answer…');
  await screenshot(popup, 'popup-transferring.png');
  await assertAccessible(popup, 'while transferring');

  const after = await waitForSnapshot(
    product,
    (s) => callById(s, call.id)?.transfer?.state === 'Failed' && callById(s, call.id).state === 'Connected',
    'the unanswered transfer to time out',
  );
  const { target, error } = callById(after, call.id).transfer;
  assert.deepEqual({ target, error }, { target: NEVER_ANSWERS.rawId, error: { code: 408, subCode: 0 } });
  const { startedAt, updatedAt } = callById(after, call.id).transfer;
  assert.ok(updatedAt - startedAt >= 60_000 * SETTINGS.simulatorTimeScale, `gave up after ${updatedAt - startedAt} ms`);
  await currentCall(popup).getByTestId('back-on-call').waitFor();
  assert.match(await currentCall(popup).locator('[data-step="failed"]').textContent(), /did not answer within 60 seconds.*code 408\/0/);
});

async function startConsult(page, target) {
  const call = await freshCall(page);
  await typeTarget(page, target);
  await byTestId(page, 'transfer-consult').click();
  const bar = byTestId(page, 'consult-bar');
  await bar.locator('.consult__row:nth-child(2)[data-call-state="Connected"]').waitFor();
  const snapshot = await readSnapshot(product);
  const consult = snapshot.calls.find((c) => c.id !== call.id && c.state === 'Connected');
  assert.equal(callById(snapshot, call.id).state, 'LocalHold');
  assert.equal(consult.remote[0].rawId, target);
  return { call, consult, bar };
}

test('consult first, switch between the two calls, then complete the transfer', async () => {
  const { call, consult, bar } = await startConsult(popup, TEAMS_COLLEAGUE);
  const rows = await bar.locator('.consult__row').evaluateAll((items) => items.map((row) => [row.dataset.callId, row.dataset.callState]));
  assert.deepEqual(rows, [
    [call.id, 'LocalHold'],
    [consult.id, 'Connected'],
  ]);
  await screenshot(popup, 'popup-consult.png');
  await assertAccessible(popup, 'during a consult');

  await bar.getByTestId('consult-switch').click();
  await waitForSnapshot(product, (s) => callById(s, call.id).state === 'Connected' && callById(s, consult.id).state === 'LocalHold', 'the switch');
  await popup.locator(`[data-testid="current-call"][data-call-id="${call.id}"]`).waitFor();
  await bar.getByTestId('consult-complete').click();

  const after = await waitForSnapshot(
    product,
    (s) => callById(s, call.id)?.state === 'Disconnected' && callById(s, consult.id)?.state === 'Disconnected',
    'both calls to end once the transfer completes',
  );
  assert.deepEqual({ mode: callById(after, call.id).transfer.mode, state: callById(after, call.id).transfer.state }, { mode: 'call', state: 'Transferred' });
  await popup.locator(`[data-testid="call"][data-call-id="${call.id}"] [data-step="transferred"]`).waitFor();
  assert.equal(await byTestId(popup, 'consult-bar').count(), 0);
});

test('consult first, then cancel: the consult call ends and the customer is back, connected', async () => {
  const { call, consult, bar } = await startConsult(popup, COLLEAGUE.rawId);
  await bar.getByTestId('consult-cancel').click();

  const after = await waitForSnapshot(product, (s) => callById(s, call.id).state === 'Connected', 'the original call to be resumed');
  assert.equal(callById(after, consult.id).state, 'Disconnected');
  assert.equal(callById(after, call.id).transfer, undefined);
  await popup.locator(`[data-testid="current-call"][data-call-id="${call.id}"][data-call-state="Connected"]`).waitFor();
  assert.equal(await byTestId(popup, 'consult-bar').count(), 0);
});

test('an incoming call from the simulator, accepted from the popup', async () => {
  await freshCall(popup);
  await currentCall(popup).getByTestId('hangup').click();
  await byTestId(popup, 'dial-target').waitFor();
  await openSimulator(popup);
  await byTestId(popup, 'simulate-incomingCall').click();
  const incoming = byTestId(popup, 'incoming');
  await incoming.waitFor();
  assert.match(await incoming.textContent(), /Jordan Lee/);
  await byTestId(popup, 'simulator').locator('summary').click();
  await byTestId(popup, 'dismiss').click();
  await byTestId(popup, 'dismiss').waitFor({ state: 'detached' });
  await screenshot(popup, 'popup-incoming.png');
  await assertAccessible(popup, 'with a call ringing');

  const incomingId = await incoming.getAttribute('data-incoming-id');
  await incoming.getByTestId('accept').click();
  await waitForSnapshot(product, (s) => callById(s, incomingId)?.state === 'Connected' && s.incoming.length === 0, 'the accepted call to connect');
  await popup.locator(`[data-testid="current-call"][data-call-id="${incomingId}"][data-call-state="Connected"]`).waitFor();
});

test('an expired sign-in says so, ends the call as the SDK does, and signs in again by itself', async () => {
  await openSimulator(popup);
  await byTestId(popup, 'simulate-tokenExpiry').click();
  const notice = byTestId(popup, 'connection-notice');
  await notice.waitFor();
  assert.match(await notice.textContent(), /sign-in has expired\. Signing in again/);
  const expired = await waitForSnapshot(product, (s) => s.connectionReason === 'invalidToken', 'the sign-in to expire');
  assert.deepEqual(expired.calls.map((call) => call.state).filter((state) => state !== 'Disconnected'), []);
  await waitForSnapshot(product, (s) => s.connection === 'connected', 'the engine to sign in again');
  await notice.waitFor({ state: 'detached' });
});

test('the popup in Spanish, following the browser language', async () => {
  const spanish = await startProduct({ settings: SETTINGS, locale: 'es' });
  try {
    const page = await openPopup(spanish);
    await page.locator('[data-testid="current-call"][data-call-state="Connected"]').waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
    assert.equal(await currentCall(page).getByTestId('call-status').textContent(), 'En llamada');
    assert.equal(await byTestId(page, 'transfer-consult').textContent(), 'Consultar antes');
    await typeTarget(page, '8:acs:not valid');
    assert.equal(await byTestId(page, 'transfer-target-hint').textContent(), 'No es un número de teléfono ni un id de ACS/Teams');
    await typeTarget(page, DECLINES.typed);
    await byTestId(page, 'transfer-blind').click();
    const failed = currentCall(page).locator('[data-step="failed"]');
    await failed.getByTestId('back-on-call').waitFor();
    assert.match(await failed.textContent(), /Transferencia fallida.*El destino rechazó la llamada.*código 603\/0.*Has vuelto a la llamada con Alex Rivera/);
    await screenshot(page, 'popup-es.png');
    await assertAccessible(page, 'in Spanish');
  } finally {
    await spanish.close();
  }
});

// The guided tour `npm run demo` walks by itself when there is no display: the demo call from
// Alex Rivera is connected, the agent clicks the control beside a colleague's number on the
// Northwind CRM record page, chooses "Transfer call to …", and the popup follows the transfer to
// its end. Logic reads the engine snapshot; the popup is for the screenshots (its DOM may change).
import path from 'node:path';
import { step, warn, formatDuration, STEP_TIMEOUT_MS } from './steps.mjs';
import { waitForSnapshot, describeParty, formatErrorCode } from './engine-snapshot.mjs';
import { openMenu as openControlMenu, restAndClick, scrollToControl, untilControl } from '../../test/e2e/control-driver.mjs';

/** The colleague the tour transfers to: Priya Natarajan in London, on demo/index.html. */
const TARGET = { rawId: '4:+442079460958', display: '+44 20 7946 0958' };
const TRANSFER_ITEM = /^Transfer call to /;
/**
 * The popup renders a pushed snapshot within a few hundred ms, more on a loaded machine. Kept
 * short: when the text never comes, waiting longer would use up the ~3 s of Transferring that
 * screenshot 03 is meant to show.
 */
const POPUP_RENDER_TIMEOUT_MS = 2_000;
/**
 * Tall enough for the whole record page: a full-page screenshot resizes the viewport, and the
 * control's menu closes on resize and scroll (src/content/control/menu.ts).
 */
const RECORD_VIEWPORT = { width: 1400, height: 1600 };

/**
 * @typedef {object} TourResult
 * @property {string} caller who was on the line, e.g. "Alex Rivera (+14255550123)"
 * @property {string} target whom the call went to
 * @property {number} transferMs from the transfer's start to Transferred, by the engine's clock
 * @property {string[]} screenshots the files written
 */

/**
 * Walks the tour, printing a line per step done; a step that fails (within ~30 s) rejects
 * with a StepFailure whose message is the line to print.
 * @param {object} options
 * @param {import('./chromium.mjs').ExtensionSession} options.session a browser with the built extension
 * @param {string} options.demoUrl where demo/ is served, ending in "/"
 * @param {string} options.outputDir where screenshots go (must exist)
 * @returns {Promise<TourResult>}
 */
export async function runTour({ session, demoUrl, outputDir }) {
  const { context, serviceWorker, extensionId } = session;
  context.setDefaultTimeout(STEP_TIMEOUT_MS);
  /** @type {string[]} */
  const screenshots = [];
  /** @param {import('playwright-core').Page} page @param {string} name */
  const shoot = (page, name) =>
    step(`screenshot ${name}`, async () => {
      await page.screenshot({ path: path.join(outputDir, name) });
      screenshots.push(name);
    });

  const call = await step('demo call connected', () => waitForSnapshot(serviceWorker, connectedCall, 'connected call'), {
    detail: describeParty,
  });
  // The popup opens before the transfer starts: opened after the click it could miss the few
  // seconds of Transferring, and opening a tab while the menu is up could close the menu.
  const popup = await step('popup opened in a tab', () => openPopup(context, extensionId));
  const page = await step('record page loaded', () => openRecordPage(context, demoUrl));
  const control = await step(`control injected beside ${TARGET.display}`, () => waitForControl(page), {
    detail: (found) => `${found.count} targets decorated so far`,
  });
  await shoot(page, '01-record-page.png');

  const menu = await step('transfer menu opened', () => openMenu(page), { detail: (item) => `first item: "${item.label}"` });
  await shoot(page, '02-transfer-menu.png');
  await step(`"${menu.label}" chosen`, () => restAndClick(page, menu.item));

  const transferring = await step('transfer under way', () => waitForTransfer(serviceWorker, call.id, ['Transferring', 'Transferred']), {
    detail: (c) => `snapshot says ${c.transfer?.state}${c.state === 'LocalHold' ? ', call on hold' : ''}`,
  });
  await popup.bringToFront();
  // The popup's wording for a transfer in progress is its own ("Transfer to … started"), but it
  // names the target once it shows the transfer.
  await reportPopupText(popup, transferring.transfer?.state === 'Transferred' ? /Transferred/i : TARGET.display);
  await shoot(popup, '03-popup-transferring.png');

  const ended = await step('call transferred and original call ended', () => waitForTransferredAndEnded(serviceWorker, call.id));
  await reportPopupText(popup, /Transferred/i);
  await shoot(popup, '04-popup-transferred.png');

  const transfer = /** @type {import('./engine-snapshot.mjs').TransferSnapshot} */ (ended.transfer);
  return { caller: describeParty(call), target: TARGET.display, transferMs: transfer.updatedAt - transfer.startedAt, screenshots };
}

/** @param {import('./engine-snapshot.mjs').EngineSnapshot} snapshot */
function connectedCall(snapshot) {
  return snapshot.calls.find((call) => call.state === 'Connected' && !call.transfer);
}

/**
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} extensionId
 */
async function openPopup(context, extensionId) {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
  return popup;
}

/**
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} demoUrl
 */
async function openRecordPage(context, demoUrl) {
  // A persistent context starts with one blank tab; the record page takes it.
  const page = context.pages().find((candidate) => candidate.url() === 'about:blank') ?? (await context.newPage());
  await page.setViewportSize(RECORD_VIEWPORT);
  await page.goto(`${demoUrl}index.html`);
  await page.bringToFront();
  return page;
}

/**
 * Waits for the control beside TARGET, then for it to offer a transfer: it says "Call …" until
 * the content script learns that a call is active. The control's shadow root is closed; the
 * driver reads it through the DevTools protocol and acts with real input.
 * @param {import('playwright-core').Page} page
 */
async function waitForControl(page) {
  await scrollToControl(page, TARGET.rawId);
  try {
    await untilControl(page, TARGET.rawId, (control) => TRANSFER_ITEM.test(control.label), 'a transfer');
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : error} (does the page know about the call?)`);
  }
  return { count: await page.locator('[data-acs-transfer-target]').count() };
}

/**
 * A real mouse click on the control (it acts on trusted input it has shown for a moment only),
 * then the first enabled "Transfer call to …" item.
 * @param {import('playwright-core').Page} page
 */
async function openMenu(page) {
  const control = await openControlMenu(page, TARGET.rawId);
  const item = control.menu?.items.find((candidate) => TRANSFER_ITEM.test(candidate.text) && !candidate.disabled);
  if (!item) throw new Error(`the menu offers no transfer: ${JSON.stringify(control.menu)}`);
  return { item, label: item.text.trim() };
}

/**
 * @param {import('playwright-core').Worker} serviceWorker
 * @param {string} callId
 * @param {string[]} states accepted transfer states; a Failed transfer stops the wait
 */
function waitForTransfer(serviceWorker, callId, states) {
  return waitForSnapshot(
    serviceWorker,
    (snapshot) => {
      const call = findCall(snapshot, callId);
      return call.transfer && states.includes(call.transfer.state) ? call : undefined;
    },
    `transfer in state ${states.join(' or ')}`,
  );
}

/**
 * @param {import('playwright-core').Worker} serviceWorker
 * @param {string} callId
 */
function waitForTransferredAndEnded(serviceWorker, callId) {
  return waitForSnapshot(
    serviceWorker,
    (snapshot) => {
      const call = findCall(snapshot, callId);
      return call.transfer?.state === 'Transferred' && call.state === 'Disconnected' ? call : undefined;
    },
    'transfer in state Transferred with the original call Disconnected',
  );
}

/**
 * @param {import('./engine-snapshot.mjs').EngineSnapshot} snapshot
 * @param {string} callId
 * @returns {import('./engine-snapshot.mjs').CallSnapshot}
 */
function findCall(snapshot, callId) {
  const call = snapshot.calls.find((candidate) => candidate.id === callId);
  if (!call) throw new Error(`call ${callId} vanished from the snapshot; ended calls should stay until dismissed`);
  if (call.transfer?.state === 'Failed') {
    const code = call.transfer.error ? formatErrorCode(call.transfer.error) : 'no code';
    throw new Error(`the transfer to ${call.transfer.target} failed (${code})`);
  }
  return call;
}

/**
 * Logs what the popup says about the transfer, as a person would read it: the newest (last) text
 * matching. Only a warning when there is none: the popup's wording is its own business, the
 * snapshot is the truth.
 * @param {import('playwright-core').Page} popup
 * @param {string | RegExp} pattern a string matches case-insensitively as a substring
 */
async function reportPopupText(popup, pattern) {
  const started = performance.now();
  // Visible text only: the closed simulator panel names its scenarios too ("Transferred away").
  const text = popup.getByText(pattern).filter({ visible: true }).last();
  try {
    await text.waitFor({ state: 'visible', timeout: POPUP_RENDER_TIMEOUT_MS });
    const shown = (await text.innerText()).replace(/\s+/g, ' ').trim();
    console.log(`  popup says "${shown}" (${formatDuration(performance.now() - started)})`);
  } catch {
    warn(`the popup shows no text matching "${pattern}" after ${formatDuration(POPUP_RENDER_TIMEOUT_MS)}; see the screenshot`);
  }
}

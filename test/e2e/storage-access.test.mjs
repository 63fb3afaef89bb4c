// Settings that steer calls cannot be read or written from a content script's world (issue 10,
// point 4). The attacker is a compromised page renderer: it runs whatever the content script could
// run. scripting.executeScript puts a function in exactly that world (the extension's isolated
// world in the page), where it tries to read and rewrite storage.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startDemoServer } from '../../scripts/serve-demo.mjs';
import { TEST_SETTINGS, launchWithGrantedHost } from './harness.mjs';

const CONTROL = '[data-acs-transfer-target]';

let browser;
let server;
let page;
const worker = () => browser.context.serviceWorkers().at(-1) ?? browser.serviceWorker;

// The host grant lets the test inject into the page the way a content script runs there.
before(async () => {
  server = await startDemoServer();
  browser = await launchWithGrantedHost('http://127.0.0.1/*');
  await worker().evaluate((settings) => chrome.storage.local.set({ settings }), TEST_SETTINGS);
  page = await browser.context.newPage();
  await page.goto(server.url);
  await page.locator(CONTROL).first().waitFor();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The tab id of the demo page, brought to the front (the extension has no "tabs" permission to find it by URL). */
async function demoTabId() {
  await page.bringToFront();
  return worker().evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
}

const storedSettings = () => worker().evaluate(async () => (await chrome.storage.local.get('settings')).settings);

test('a content script can neither read nor rewrite the settings in storage.local', async () => {
  const outcome = await worker().evaluate(async (tabId) => {
    // Runs in the page's isolated world, where the content script runs; it is serialised, so all it uses is inside it.
    const attack = async () => {
      const attempt = async (act) => {
      try {
        return { ok: true, value: await act() };
      } catch (error) {
        return { ok: false, error: String(error) };
      }
    };
    const evil = { version: 1, engine: 'acs', callingHostUrl: 'https://attacker.example/', callerId: '+15550100' };
    return {
      read: await attempt(() => chrome.storage.local.get(null)),
      write: await attempt(() => chrome.storage.local.set({ settings: evil })),
      session: await attempt(() => chrome.storage.session.get(null)),
    };
    };
    const [injection] = await chrome.scripting.executeScript({ target: { tabId }, world: 'ISOLATED', func: attack });
    return injection.result;
  }, await demoTabId());
  assert.equal(outcome.read.ok, false, `read: ${JSON.stringify(outcome.read)}`);
  assert.equal(outcome.write.ok, false, `write: ${JSON.stringify(outcome.write)}`);
  assert.equal(outcome.session.ok, false, `session: ${JSON.stringify(outcome.session)}`);
  assert.deepEqual(await storedSettings(), TEST_SETTINGS);
});

test('the content script still gets its page state by message and decorates the page', async () => {
  const state = await worker().evaluate(async (tabId) => {
    const [injection] = await chrome.scripting.executeScript({
      target: { tabId },
      world: 'ISOLATED',
      func: () => chrome.runtime.sendMessage({ to: 'background', kind: 'getPageState' }),
    });
    return injection.result;
  }, await demoTabId());
  assert.equal(state.ok, true, JSON.stringify(state));
  assert.ok(await page.locator(CONTROL).count() > 0);
});

// Added sites end to end (issue 3, point 5), in Chromium with the built extension. Headless
// Chromium cannot answer a permission prompt, so the profile records http://127.0.0.2/* as an
// optional host permission the user granted (harness.mjs launchWithGrantedHost), exactly as
// accepting the prompt in an earlier session leaves it. The options page's Add click then calls
// permissions.request for real; Chrome answers "granted" without a prompt, and everything after
// that (storage, registration, injection into the open tab, removal) is the product's own path.
// The prompt itself is covered by unit tests.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startDemoServer } from '../../scripts/serve-demo.mjs';
import { launchWithGrantedHost } from './harness.mjs';

const GRANTED = 'http://127.0.0.2/*';
const CONTROL = '[data-acs-transfer-target]';
let browser;
const servers = {};

before(async () => {
  browser = await launchWithGrantedHost(GRANTED);
  servers.preset = await startDemoServer();
  servers.granted = await startDemoServer({ host: '127.0.0.2' });
  servers.blocked = await startDemoServer({ host: '127.0.0.3' });
});

after(async () => {
  await browser?.close();
  await Promise.all(Object.values(servers).map((server) => server.close()));
});

const worker = () => browser.context.serviceWorkers().at(-1) ?? browser.serviceWorker;
const registered = () => worker().evaluate(() => chrome.scripting.getRegisteredContentScripts());
const isGranted = () => worker().evaluate((origin) => chrome.permissions.contains({ origins: [origin] }), GRANTED);

async function openDemo(server) {
  const page = await browser.context.newPage();
  await page.goto(new URL('index.html', server.url).href);
  return page;
}

/** Waits until a preset page is decorated: by then a page opened earlier has had as long to be. */
/** Controls come visible rows first, the rest later: count once the number stops changing. */
async function stableCount(page) {
  await page.locator(CONTROL).first().waitFor();
  let count = -1;
  for (let next = await page.locator(CONTROL).count(); next !== count; next = await page.locator(CONTROL).count()) {
    count = next;
    await page.waitForTimeout(500);
  }
  return count;
}

async function settle() {
  const page = await openDemo(servers.preset);
  const count = await stableCount(page);
  await page.close();
  return count;
}

async function openOptions() {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
  await page.getByTestId('sites-section').waitFor();
  return page;
}

test('a site added in the options page gets the controls in its open tab, in new tabs and in their frames', async () => {
  const openBefore = await openDemo(servers.granted);
  const presetCount = await settle();
  assert.equal(await openBefore.locator(CONTROL).count(), 0, 'not a preset: no controls before it is added');

  const options = await openOptions();
  await options.getByLabel('Add a site').fill('http://127.0.0.2:8080/contacts');
  await options.getByTestId('add-site').click();
  await options.getByTestId('sites-status').getByText('Added http://127.0.0.2.').waitFor();

  await openBefore.locator(CONTROL).first().waitFor();
  const fresh = await openDemo(servers.granted);
  await fresh.locator(CONTROL).first().waitFor();
  await fresh.frameLocator('iframe.embed').locator(CONTROL).first().waitFor();
  assert.equal(await stableCount(fresh), presetCount, 'decorated as fully as a preset page');
  assert.equal(await stableCount(openBefore), presetCount, 'injected once, not twice');

  const [script] = await registered();
  assert.deepEqual(
    { matches: script.matches, allFrames: script.allFrames, fallback: script.matchOriginAsFallback, runAt: script.runAt },
    { matches: [GRANTED], allFrames: true, fallback: true, runAt: 'document_start' },
  );
  await Promise.all([openBefore.close(), fresh.close(), options.close()]);
});

// As after the agent revokes a site's access in chrome://extensions: stored, but not allowed.
test('a stored site Chrome has not allowed is not registered, and the options page says so', async () => {
  const blocked = 'http://127.0.0.3/*';
  await worker().evaluate(async (site) => {
    const { sites } = await chrome.storage.local.get('sites');
    await chrome.storage.local.set({ sites: { version: 1, sites: [...sites.sites, site] } });
  }, blocked);
  const page = await openDemo(servers.blocked);
  const options = await openOptions();

  await options.locator(`[data-site="${blocked}"]`).getByText('Not allowed').waitFor();
  await settle();
  assert.equal(await page.locator(CONTROL).count(), 0);
  assert.deepEqual((await registered()).map((script) => script.matches), [[GRANTED]]);
  await Promise.all([page.close(), options.close()]);
});

test('removing a site unregisters it and gives its permission back', async () => {
  const options = await openOptions();
  await options.getByRole('button', { name: 'Remove http://127.0.0.2' }).click();
  await options.getByTestId('sites-status').getByText('Removed http://127.0.0.2.').waitFor();

  await waitUntil(async () => (await registered()).length === 0, 'the registration to go');
  assert.equal(await isGranted(), false);
  const page = await openDemo(servers.granted);
  await settle();
  assert.equal(await page.locator(CONTROL).count(), 0);
  await Promise.all([page.close(), options.close()]);
});

async function waitUntil(predicate, what, timeoutMs = 5_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

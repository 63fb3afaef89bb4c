// Shared set-up for the end-to-end tests: the built extension in Debian's Chromium, the demo CRM
// served on 127.0.0.1, and helpers that read the truth (engineSnapshot) through the worker.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchWithExtension } from '../../scripts/lib/chromium.mjs';
import { startDemoServer } from '../../scripts/serve-demo.mjs';

/** The test build (npm run build:test): the extension plus the local sites the demo CRM is served on. */
export const DIST = fileURLToPath(new URL('../../dist-test', import.meta.url));
/** The production build (npm run build), which agents install. */
export const PRODUCTION_DIST = fileURLToPath(new URL('../../dist', import.meta.url));
const POLL_MS = 50;

/**
 * Chromium with the built extension on a fresh profile that records `hostPattern` as a host
 * permission the user granted. Headless Chromium cannot answer a permission prompt, so the grant
 * is made the way Chrome keeps one: the profile is created, closed, and its Preferences edited
 * before Chrome reads them again. (Linux Chromium does not sign Preferences; Chrome on Windows and
 * macOS would reset such an edit.) Closing the session deletes the profile.
 * @param {string} hostPattern
 */
export async function launchWithGrantedHost(hostPattern) {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'acs-transfer-granted-'));
  const removeProfile = () => rm(profile, { recursive: true, force: true, maxRetries: 5 });
  try {
    const first = await launchWithExtension({ extensionDir: DIST, userDataDir: profile });
    await first.close();
    const file = path.join(profile, 'Default', 'Preferences');
    const preferences = JSON.parse(await readFile(file, 'utf8'));
    const extension = preferences.extensions.settings[first.extensionId];
    for (const set of [extension.granted_permissions, extension.active_permissions]) set.explicit_host = [hostPattern];
    await writeFile(file, JSON.stringify(preferences));
    const session = await launchWithExtension({ extensionDir: DIST, userDataDir: profile });
    return { ...session, close: () => session.close().finally(removeProfile) };
  } catch (error) {
    await removeProfile();
    throw error;
  }
}

/** Fast simulated timings: a transfer takes a few hundred milliseconds instead of seconds. */
export const TEST_SETTINGS = {
  version: 1,
  engine: 'simulated',
  callingHostUrl: '',
  simulatorTimeScale: 0.1,
  simulatorDemoCall: true,
  displayName: '',
  defaultCountry: '',
  callerId: '',
  hangUpAfterTransfer: true,
  disableForwardingAndUnanswered: false,
};

export async function startProduct({ settings = TEST_SETTINGS, locale } = {}) {
  const server = await startDemoServer();
  // A failed launch must not leave the server holding node --test open.
  const browser = await launchWithExtension({ extensionDir: DIST, headless: true, locale }).catch(async (error) => {
    await server.close();
    throw error;
  });
  const product = {
    server,
    browser,
    context: browser.context,
    extensionId: browser.extensionId,
    worker: () => browser.context.serviceWorkers().at(-1) ?? browser.serviceWorker,
    async close() {
      await browser.close();
      await server.close();
    },
  };
  await applySettings(product, settings).catch(async (error) => {
    await product.close();
    throw error;
  });
  return product;
}

/** What an engine is built from, as src/offscreen/engine-factory.ts (engineConfigOf) reads settings. */
function engineConfigOf(settings) {
  return settings.engine === 'simulated'
    ? JSON.stringify([settings.engine, settings.simulatorTimeScale, settings.simulatorDemoCall, settings.displayName])
    : JSON.stringify([settings.engine, settings.callingHostUrl, settings.displayName]);
}

/** The engine a new profile runs, from the default settings (src/shared/settings.ts): with its demo call. */
const FIRST_ENGINE = engineConfigOf({ engine: 'simulated', simulatorTimeScale: 1, simulatorDemoCall: true, displayName: '' });

/**
 * Stores settings and waits until the session runs on them, with a fresh connected demo call when
 * they ask for one. A change that builds a new engine waits for live calls to end, so they are
 * hung up until the new engine's own demo call (started after the settings were stored) is there;
 * a change that builds none gets a demo call from the simulator.
 */
export async function applySettings(product, settings) {
  const fromWorker = (command) => product.worker().evaluate((message) => chrome.runtime.sendMessage(message), { to: 'offscreen', kind: 'engineCommand', command });
  const previous = await product.worker().evaluate(async () => (await chrome.storage.local.get('settings')).settings);
  // A new profile's first engine puts its demo call on the line once it is up: wait for it, so it
  // cannot start after the new settings were stored and pass for the new engine's.
  if (!previous) await waitForSnapshot(product, (s) => s.calls.some((c) => c.state === 'Connected'), 'the first engine\'s demo call');
  await hangUpLive(await readSnapshot(product), fromWorker);
  const rebuilds = engineConfigOf(settings) !== (previous ? engineConfigOf(previous) : FIRST_ENGINE);
  const storedAt = await product.worker().evaluate(async (value) => {
    await chrome.storage.local.set({ settings: value });
    return Date.now();
  }, settings);
  if (!rebuilds) {
    if (settings.simulatorDemoCall) await freshDemoCall(product, fromWorker);
    return;
  }
  if (!settings.simulatorDemoCall) return;
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const snapshot = await readSnapshot(product);
    if (snapshot?.calls.some((c) => c.state === 'Connected' && c.startedAt >= storedAt)) return;
    await hangUpLive({ calls: (snapshot?.calls ?? []).filter((c) => c.startedAt < storedAt) }, fromWorker);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  throw new Error(`Timed out waiting for the demo call of the engine built from ${engineConfigOf(settings)}`);
}

async function hangUpLive(snapshot, send) {
  for (const call of (snapshot?.calls ?? []).filter((c) => c.state !== 'Disconnected')) await send({ type: 'hangUp', callId: call.id });
}

/**
 * Ends every live call, then puts a fresh demo customer on the line; `send` delivers an engine
 * command. A fresh call is one that started after every call seen before: an engine built for new
 * settings numbers its calls from the start again.
 */
export async function freshDemoCall(product, send) {
  const before = await readSnapshot(product);
  const latest = Math.max(0, ...(before?.calls ?? []).map((call) => call.startedAt));
  await hangUpLive(before, send);
  const reply = await send({ type: 'simulate', scenario: 'demoCall' });
  if (!reply?.ok) throw new Error(`The simulator refused a demo call: ${JSON.stringify(reply)}`);
  const fresh = (s) => s.calls.find((c) => c.state === 'Connected' && c.startedAt > latest);
  return fresh(await waitForSnapshot(product, fresh, 'a fresh connected demo call'));
}

export async function readSnapshot(product) {
  const stored = await product.worker().evaluate(() => chrome.storage.session.get('engineSnapshot'));
  return stored.engineSnapshot;
}

export async function waitForSnapshot(product, predicate, what, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    last = await readSnapshot(product);
    if (last && predicate(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  throw new Error(`Timed out waiting for ${what}; last snapshot: ${JSON.stringify(last)}`);
}

export function connectedCall(snapshot) {
  return snapshot.calls.find((call) => call.state === 'Connected');
}

export async function openExtensionPage(product, path, viewport = { width: 380, height: 640 }) {
  const page = await product.context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(`chrome-extension://${product.extensionId}/${path}`);
  return page;
}

export const openPopup = (product) => openExtensionPage(product, 'src/popup/index.html');

/** Sends a message from an extension page, as the popup would, and returns the reply. */
export function sendFromPage(page, message) {
  return page.evaluate((m) => chrome.runtime.sendMessage(m), message);
}

/** Starts recording, inside an extension page, every state the snapshot mirror goes through. */
export async function recordSnapshots(page) {
  await page.evaluate(() => {
    window.__revisions = [];
    chrome.storage.session.onChanged.addListener((changes) => {
      if (changes.engineSnapshot) window.__revisions.push(changes.engineSnapshot.newValue);
    });
  });
  return () => page.evaluate(() => window.__revisions);
}

export async function stopServiceWorker(product, page) {
  const cdp = await product.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

export async function offscreenDocumentCount(product) {
  return product.worker().evaluate(async () => (await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length);
}

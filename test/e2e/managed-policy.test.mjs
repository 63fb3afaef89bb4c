// Managed configuration with a real Chrome policy (issue 10, point 5): Debian's Chromium reads
// policy files from /etc/chromium/policies/managed/, and an extension's own policy sits under
// "3rdparty" → "extensions" → its id. The unpacked test build has no `key` in its manifest, so its
// id is derived from its folder's absolute path (Chromium's rule for unpacked extensions: the first
// 32 hex digits of the path's SHA-256, each digit written as a letter a–p); the test checks that
// derivation against the id Chromium reports. Writing there needs root: as another user the test
// skips and says why. The policy file (and any folder the test made) is removed afterwards.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { accessSync, constants, existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { launchWithExtension } from '../../scripts/lib/chromium.mjs';
import { DIST, TEST_SETTINGS, openExtensionPage, waitForSnapshot } from './harness.mjs';

const POLICY_ROOT = '/etc/chromium';
const POLICY_DIR = path.join(POLICY_ROOT, 'policies', 'managed');
const POLICY_FILE = path.join(POLICY_DIR, `acs-transfer-e2e-${process.pid}.json`);
const POLICY = {
  managedBy: 'Contoso IT',
  engine: 'acs',
  callingHostUrl: 'https://calls.contoso.example/acs/',
  displayName: 'Contoso desk',
  confirmPageCalls: false,
  logLevel: 'verbose',
  sites: ['https://crm.contoso.example/*'],
};

/** Why this machine cannot hold a policy for the test, or undefined when it can. */
function policyProblem() {
  if (process.platform !== 'linux') return 'policy files in /etc/chromium are how Chromium on Linux is managed';
  let folder = POLICY_DIR;
  while (!existsSync(folder)) folder = path.dirname(folder);
  try {
    accessSync(folder, constants.W_OK);
    return undefined;
  } catch {
    return `writing Chromium policy under ${POLICY_DIR} needs root (${folder} is not writable for uid ${process.getuid?.()})`;
  }
}

/** Chromium's id for an unpacked extension loaded from `folder`. */
function unpackedExtensionId(folder) {
  const hex = createHash('sha256').update(path.resolve(folder)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

const problem = policyProblem();
let createdFrom;
let browser;

before(async () => {
  if (problem) return;
  let folder = POLICY_DIR;
  while (!existsSync(folder)) folder = path.dirname(folder);
  createdFrom = folder === POLICY_DIR ? undefined : folder;
  await mkdir(POLICY_DIR, { recursive: true });
  const policy = { '3rdparty': { extensions: { [unpackedExtensionId(DIST)]: POLICY } } };
  await writeFile(POLICY_FILE, JSON.stringify(policy, null, 2));
  browser = await launchWithExtension({ extensionDir: DIST });
});

after(async () => {
  await browser?.close();
  if (problem) return;
  await rm(POLICY_FILE, { force: true });
  // Only folders this test made go; a folder that held other policies stays.
  if (createdFrom) await rm(path.join(createdFrom, path.relative(createdFrom, POLICY_DIR).split(path.sep)[0]), { recursive: true, force: true });
});

const worker = () => browser.context.serviceWorkers().at(-1) ?? browser.serviceWorker;

test('an admin’s policy reaches the extension, wins over the agent’s settings, and shows locked in the options page', { skip: problem }, async () => {
  assert.equal(browser.extensionId, unpackedExtensionId(DIST), 'the policy is keyed by the id Chromium gave the test build');
  await worker().evaluate((settings) => chrome.storage.local.set({ settings }), { ...TEST_SETTINGS, displayName: 'Sam' });
  assert.deepEqual(await worker().evaluate(() => chrome.storage.managed.get(null)), POLICY);
  // The agent's own settings say simulated; the policy's engine is the one the session runs.
  const product = { worker };
  await waitForSnapshot(product, (snapshot) => snapshot.engine === 'acs', 'the managed engine');
  const options = await openExtensionPage({ context: browser.context, extensionId: browser.extensionId }, 'src/options/index.html', { width: 900, height: 900 });
  const host = options.getByLabel('Calling host page');
  await host.waitFor();
  assert.equal(await host.inputValue(), POLICY.callingHostUrl);
  assert.equal(await host.isDisabled(), true);
  const name = options.getByLabel('Display name');
  assert.equal(await name.inputValue(), 'Contoso desk');
  assert.equal(await name.isDisabled(), true);
  assert.equal(await options.getByText('Set by Contoso IT').count() >= 4, true, 'each locked field says who set it');
  assert.equal(await options.getByLabel('Caller id for calls to phone numbers').isDisabled(), false, 'what the policy leaves alone stays editable');
  assert.match(await options.getByTestId('managed-sites').textContent(), /https:\/\/crm\.contoso\.example\/\*/);
  // Writing the agent's own settings again changes nothing the policy set.
  await worker().evaluate((settings) => chrome.storage.local.set({ settings }), { ...TEST_SETTINGS, engine: 'simulated', displayName: 'Sam again' });
  await new Promise((resolve) => setTimeout(resolve, 1000));
  await waitForSnapshot(product, (snapshot) => snapshot.engine === 'acs', 'the managed engine still');
  assert.equal(await name.inputValue(), 'Contoso desk');
});

// Least privilege of what agents install (issue 10, point 3): reads the production build (dist/,
// npm run build) and the test build (dist-test/, npm run build:test) after both are built.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { DIST, PRODUCTION_DIST } from './harness.mjs';

const LOCAL_MATCHES = ['http://localhost/*', 'http://127.0.0.1/*'];

const readManifest = async (dir) => JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8'));

/** Every built script of a build, as text. */
async function scripts(dir) {
  const files = await readdir(dir, { recursive: true });
  const js = files.filter((file) => file.endsWith('.js'));
  return Promise.all(js.map(async (file) => ({ file, text: await readFile(path.join(dir, file), 'utf8') })));
}

test('the production manifest matches no localhost and exposes no web-accessible resource', async () => {
  const manifest = await readManifest(PRODUCTION_DIST);
  const matches = manifest.content_scripts.flatMap((script) => script.matches);
  assert.equal(matches.some((match) => /localhost|127\.0\.0\.1/.test(match)), false, matches.join(' '));
  assert.equal(manifest.host_permissions, undefined);
  assert.equal('web_accessible_resources' in manifest, false);
});

test('the presets stop at the Zendesk and Freshdesk agent interfaces, away from their public help centres', async () => {
  const matches = (await readManifest(PRODUCTION_DIST)).content_scripts.flatMap((script) => script.matches);
  assert.ok(matches.includes('https://*.zendesk.com/agent/*'));
  assert.ok(matches.includes('https://*.freshdesk.com/a/*'));
  assert.deepEqual(matches.filter((match) => /zendesk\.com|freshdesk\.com/.test(match) && !/\/(agent|a)\/\*$/.test(match)), []);
});

test('the extension is not allowed in incognito, so nothing from an incognito window is kept', async () => {
  assert.equal((await readManifest(PRODUCTION_DIST)).incognito, 'not_allowed');
});

test('the test build is the production manifest plus the local matches', async () => {
  const production = await readManifest(PRODUCTION_DIST);
  const testBuild = await readManifest(DIST);
  const [script] = testBuild.content_scripts;
  assert.deepEqual(script.matches.slice(-2), LOCAL_MATCHES);
  const withoutLocal = { ...testBuild, content_scripts: [{ ...script, matches: script.matches.slice(0, -2) }] };
  assert.deepEqual(withoutLocal, production);
});

test('no production script names the local test sites; the test build\'s do', async () => {
  const local = /127\.0\.0\.1/;
  const production = (await scripts(PRODUCTION_DIST)).filter(({ text }) => local.test(text)).map(({ file }) => file);
  assert.deepEqual(production, []);
  assert.ok((await scripts(DIST)).some(({ text }) => text.includes('http://127.0.0.1/*')), 'the test build shows the local preset');
});

test('the worker\'s test entry points (menu click, shortcut) exist only in the test build', async () => {
  const hooks = /acsTransferMenuClicked|acsTransferCommand/;
  assert.deepEqual((await scripts(PRODUCTION_DIST)).filter(({ text }) => hooks.test(text)).map(({ file }) => file), []);
  assert.ok((await scripts(DIST)).some(({ text }) => hooks.test(text)));
});

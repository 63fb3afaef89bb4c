// Size budgets of the built extension (issue 3 point 8): the content script, which every matched
// page and frame loads, stays under 80 KB gzip; the service worker stays within its own budget.
// Reads dist/ after the build: from each manifest entry it follows every module the entry can
// load and sums each file's gzip -9 size. The content script must import none: the sites the
// agent adds register the same file, and a chunk it imported would load only where
// web_accessible_resources allows (background/site-edge.ts).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { constants, gzipSync } from 'node:zlib';
import { PRODUCTION_DIST as DIST } from './harness.mjs';

const KB = 1024;
const CONTENT_SCRIPT_BUDGET = 80 * KB;
// Measured at 79.2 KB on 2026-11-25 (libphonenumber-js/max and its metadata are ~49 KB of it),
// plus ~30%: room to grow, but a new dependency of that size has to be a decision.
const SERVICE_WORKER_BUDGET = 104 * KB;

// Module specifiers in built code: `from"./x.js"`, `import"./x.js"`, `import("./x.js")`, and a
// crxjs loader's `chrome.runtime.getURL("assets/x.js")`. Dynamic imports count too: whatever the script
// can load is part of its cost. Only relative or root paths to .js files are chunks of ours.
const SPECIFIER = /(?:\bfrom|\bimport|\bgetURL)\s*\(?\s*(["'])([^"']+\.js)\1/g;

/**
 * @typedef {object} ChunkSize
 * @property {string} file path inside dist/
 * @property {number} gzipBytes
 */

/** @returns {Promise<chrome.runtime.ManifestV3>} */
async function readManifest() {
  return JSON.parse(await readFile(path.join(DIST, 'manifest.json'), 'utf8'));
}

/**
 * Every JS file reachable from `entries`, each with its gzip -9 size.
 * @param {readonly string[]} entries paths inside dist/
 * @returns {Promise<ChunkSize[]>}
 */
async function moduleGraphSizes(entries) {
  const seen = new Set(entries.map((entry) => path.normalize(entry)));
  const queue = [...seen];
  /** @type {ChunkSize[]} */
  const sizes = [];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    const code = await readFile(path.join(DIST, file));
    sizes.push({ file, gzipBytes: gzipSync(code, { level: constants.Z_BEST_COMPRESSION }).length });
    for (const imported of importedFiles(file, code.toString('utf8'))) {
      if (seen.has(imported)) continue;
      seen.add(imported);
      queue.push(imported);
    }
  }
  return sizes;
}

/**
 * The dist/ paths a module names. "./" and "../" resolve against the module's folder; a loader's
 * getURL path and "/…" against the extension's root.
 * @param {string} file
 * @param {string} code
 */
function importedFiles(file, code) {
  return [...code.matchAll(SPECIFIER)].map(([, , specifier]) =>
    specifier.startsWith('.') ? path.join(path.dirname(file), specifier) : path.normalize(specifier.replace(/^\//, '')),
  );
}

/**
 * Prints the files and the total against the budget, and returns the total.
 * @param {string} name
 * @param {readonly ChunkSize[]} sizes
 * @param {number} budget bytes
 */
function reportSizes(name, sizes, budget) {
  const total = sizes.reduce((sum, { gzipBytes }) => sum + gzipBytes, 0);
  console.log(`${name}: ${total.toLocaleString('en-US')} bytes gzip -9 (budget ${budget.toLocaleString('en-US')}, ${((100 * total) / budget).toFixed(0)}% used)`);
  for (const { file, gzipBytes } of [...sizes].sort((a, b) => b.gzipBytes - a.gzipBytes)) {
    console.log(`  ${gzipBytes.toLocaleString('en-US').padStart(7)}  ${file}`);
  }
  return total;
}

test('the content script is one self-contained file under 80 KB gzip', async () => {
  const manifest = await readManifest();
  const entries = (manifest.content_scripts ?? []).flatMap((script) => script.js ?? []);
  assert.ok(entries.length > 0, 'the manifest declares no content script');
  const sizes = await moduleGraphSizes(entries);
  assert.deepEqual(
    sizes.map(({ file }) => file),
    entries.map((entry) => path.normalize(entry)),
    'the content script imports other files: is it still in crxjs standaloneFiles (vite.config.ts)?',
  );
  const total = reportSizes('content script', sizes, CONTENT_SCRIPT_BUDGET);
  assert.ok(total < CONTENT_SCRIPT_BUDGET, `content script is ${total} bytes gzip, over its ${CONTENT_SCRIPT_BUDGET}-byte budget`);
});

test('the service worker and every chunk it loads stay within their budget', async () => {
  const manifest = await readManifest();
  const entry = manifest.background?.service_worker;
  assert.ok(entry, 'the manifest declares no service worker');
  const sizes = await moduleGraphSizes([entry]);
  assert.ok(sizes.length > 1, `found no chunk imported by ${entry}; has the loader's format changed?`);
  const total = reportSizes('service worker', sizes, SERVICE_WORKER_BUDGET);
  assert.ok(total < SERVICE_WORKER_BUDGET, `service worker is ${total} bytes gzip, over its ${SERVICE_WORKER_BUDGET}-byte budget`);
});

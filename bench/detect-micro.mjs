// Micro-benchmark of the text finder without a browser: the cell texts of page (a) (the 10,000-row
// contact table) through mayContainTarget and findTargetsInText, as the content script calls them
// per text node. The finder is bundled on the fly with Vite's build API, like page-scripts.mjs,
// and imported from a temporary file. Usage: node bench/detect-micro.mjs [runs]
// Repeated passes cost what a first scan does only while segment-matcher.ts's cache holds fewer
// entries than the page has distinct numbers (10,000 here); "first" also pays for JIT warm-up.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import { generatePages } from './pages.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ENTRY = fileURLToPath(new URL('../src/shared/detect/index.ts', import.meta.url));
const RUNS = Number(process.argv[2] ?? 15);
const COUNTRY = 'US';

/** The decoded text of every `<td>` of page (a), one string per cell (one text node each). */
function contactCells() {
  const page = generatePages().find((candidate) => candidate.id === 'a');
  if (!page) throw new Error('page (a) is missing');
  return Array.from(page.html.matchAll(/<td>([^<]*)<\/td>/g), (match) => decodeEntities(match[1]));
}

/** @param {string} html */
function decodeEntities(html) {
  return html.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}

/** @returns {Promise<typeof import('../src/shared/detect/index.ts')>} */
async function importFinder() {
  const result = await build({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    publicDir: false,
    build: { write: false, minify: false, lib: { entry: ENTRY, formats: ['es'] } },
  });
  const [output] = Array.isArray(result) ? result : [result];
  if (!('output' in output)) throw new Error('Vite returned a watcher instead of a bundle');
  const chunk = output.output.find((file) => file.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('Vite produced no JavaScript chunk');
  const directory = await mkdtemp(join(tmpdir(), 'detect-micro-'));
  const file = join(directory, 'detect.mjs');
  await writeFile(file, chunk.code);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

/** @param {number[]} values */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const cells = contactCells();
const { mayContainTarget, findTargetsInText } = await importFinder();

/** One pass as the content script makes it: the prefilter on every node, the finder behind it. */
function pass() {
  let passed = 0;
  let found = 0;
  for (const text of cells) {
    if (!mayContainTarget(text)) continue;
    passed += 1;
    found += findTargetsInText(text, { defaultCountry: COUNTRY }).length;
  }
  return { passed, found };
}

/** The prefilter alone, for the share of the pass that is not the finder. */
function prefilterPass() {
  let passed = 0;
  for (const text of cells) if (mayContainTarget(text)) passed += 1;
  return passed;
}

const times = [];
const prefilterTimes = [];
let counts = { passed: 0, found: 0 };
for (let run = 0; run < RUNS; run += 1) {
  let start = performance.now();
  counts = pass();
  times.push(performance.now() - start);
  start = performance.now();
  prefilterPass();
  prefilterTimes.push(performance.now() - start);
}
const first = times[0].toFixed(1);
console.log(
  `${cells.length} cells, ${counts.passed} pass the prefilter, ${counts.found} targets found; ` +
    `full pass median ${median(times).toFixed(1)} ms (first ${first} ms, min ${Math.min(...times).toFixed(1)} ms), ` +
    `prefilter alone median ${median(prefilterTimes).toFixed(1)} ms over ${RUNS} runs`,
);

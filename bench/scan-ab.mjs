// "Our scan" of bench/run.mjs (bench/page/scan-entry.ts: the content script's walk and finder)
// for this tree against another checkout, in one Chromium and one tab per page, passes alternating
// between the two so that both see the same machine load. Prints the fastest and the median pass
// of each and their ratios. Usage: node bench/scan-ab.mjs <other checkout> [rounds]
// (e.g. `git archive <commit> | tar -x -C /tmp/base` and a symlink to this node_modules).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { findChromium } from '../scripts/lib/chromium.mjs';
import { generatePages } from './pages.mjs';

const HERE = fileURLToPath(new URL('..', import.meta.url));
const [other, rounds = '12'] = process.argv.slice(2);
const PASS_MS = 200;

/** @param {string} root @param {string} name */
async function scanBundle(root, name) {
  const result = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    publicDir: false,
    build: { write: false, minify: true, lib: { entry: path.join(root, 'bench/page/scan-entry.ts'), formats: ['iife'], name } },
  });
  const [output] = Array.isArray(result) ? result : [result];
  const chunk = output.output.find((file) => file.type === 'chunk');
  if (!chunk) throw new Error(`no bundle for ${root}`);
  return chunk.code;
}

/** @param {number[]} values */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  if (!other) throw new Error('usage: node bench/scan-ab.mjs <other checkout> [rounds]');
  const scripts = [await scanBundle(path.resolve(other), 'scanOther'), await scanBundle(HERE, 'scanThis')];
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    for (const page of generatePages()) {
      const tab = await browser.newPage();
      // The static content only: page (c)'s appender would change the page between passes.
      await tab.setContent(page.html.replace(/<script>[\s\S]*?<\/script>/g, ''));
      for (const content of scripts) await tab.addScriptTag({ content });
      const times = { scanOther: [], scanThis: [] };
      for (let round = 0; round < Number(rounds); round += 1) {
        for (const name of ['scanOther', 'scanThis']) {
          const pass = await tab.evaluate(([global, minMs]) => window[global].scanPass({ rootSelector: 'body', minMs, country: 'US' }), [name, PASS_MS]);
          times[name].push(pass.ms);
        }
      }
      const [fastOther, fastThis] = [Math.min(...times.scanOther), Math.min(...times.scanThis)];
      const [midOther, midThis] = [median(times.scanOther), median(times.scanThis)];
      console.log(
        `(${page.id}) other ${fastOther.toFixed(2)} / ${midOther.toFixed(2)} ms, this ${fastThis.toFixed(2)} / ${midThis.toFixed(2)} ms ` +
          `(fastest / median of ${rounds}): ratio ${(fastThis / fastOther).toFixed(2)} / ${(midThis / midOther).toFixed(2)}`,
      );
      await tab.close();
    }
  } finally {
    await browser.close();
  }
}

await main();

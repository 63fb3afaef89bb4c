// The cost of watching custom elements that are not defined yet (src/content/late-roots.ts), on a
// page of 1,000 such elements in a contact list: the content script's full scan with the watching
// against the same scan without it, in the same Chromium (no extension), as a ratio.
// Usage: node bench/late-roots.mjs
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { findChromium } from '../scripts/lib/chromium.mjs';

const ELEMENTS = 1000;
// Short alternating rounds, compared by their fastest and their medians: on a shared machine the
// load changes over seconds, and the fastest round is the one least disturbed.
const MIN_MS = 100;
const ROUNDS = 40;

function pageHtml() {
  const cards = Array.from({ length: ELEMENTS }, (_, index) => {
    const line = String(index % 100).padStart(2, '0');
    return `<li><crm-contact-card data-id="C-${index}"><span>Contact ${index + 1}</span></crm-contact-card> · +1 425 555 01${line} · updated 03/14/2024</li>`;
  }).join('');
  return `<!doctype html><html><head><meta charset="utf-8"><title>Cards</title></head><body><ul>${cards}</ul></body></html>`;
}

async function bundle() {
  const result = await build({
    configFile: false,
    root: fileURLToPath(new URL('..', import.meta.url)),
    logLevel: 'silent',
    publicDir: false,
    build: { write: false, minify: true, lib: { entry: fileURLToPath(new URL('page/late-roots-entry.ts', import.meta.url)), formats: ['iife'], name: 'lateRoots' } },
  });
  const [output] = Array.isArray(result) ? result : [result];
  const chunk = output.output.find((file) => file.type === 'chunk');
  return chunk.code;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function main() {
  const script = await bundle();
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.setContent(pageHtml());
    await page.addScriptTag({ content: script });
    const without = [];
    const watching = [];
    let watched = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      without.push((await page.evaluate((minMs) => window.lateRoots.scanPass({ watch: false, minMs }), MIN_MS)).ms);
      const pass = await page.evaluate((minMs) => window.lateRoots.scanPass({ watch: true, minMs }), MIN_MS);
      watching.push(pass.ms);
      watched = pass.watched;
    }
    const describe = (pick) => {
      const [plain, watchingMs] = [pick(without), pick(watching)];
      return `${plain.toFixed(2)} ms without watching, ${watchingMs.toFixed(2)} ms with it: ratio ${(watchingMs / plain).toFixed(2)}`;
    };
    console.log(`${ELEMENTS} undefined custom elements (${watched} watched), Chromium ${browser.version()}, full scan per pass, ${ROUNDS} rounds`);
    console.log(`  fastest: ${describe((values) => Math.min(...values))}`);
    console.log(`  median:  ${describe(median)}`);
  } finally {
    await browser.close();
  }
}

await main();

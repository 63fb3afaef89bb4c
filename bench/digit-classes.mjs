// What accepting Arabic-Indic (U+0660–0669, U+06F0–06F9) and Devanagari (U+0966–096F) digits
// would cost the check that runs on every text of a page: the pre-filter (src/shared/detect/
// prefilter.ts) and the test for characters to fold (src/shared/detect/wide-digits.ts), as they
// are and with those digits added, over the texts of bench pages (a) and (b). Fastest of 15 passes,
// two rounds each. Usage: node bench/digit-classes.mjs (docs/design.md, "Digits other than ASCII")
import { generatePages } from './pages.mjs';

const ASCII_AND_WIDE = '\\d\\uFF10-\\uFF19';
const WITH_OTHERS = `${ASCII_AND_WIDE}\\u0660-\\u0669\\u06F0-\\u06F9\\u0966-\\u096F`;
const prefilter = (digits) => new RegExp(`[${digits}](?:[^${digits}\\n]{0,3}[${digits}]){6}|\\d:[+a-z]`, 'i');
const PASSES = 15;
const CHECKS = {
  'pre-filter': [prefilter(ASCII_AND_WIDE), prefilter(WITH_OTHERS)],
  'fold test': [/[\uFF01-\uFF5E\u3000]/, /[\uFF01-\uFF5E\u3000\u0660-\u0669\u06F0-\u06F9\u0966-\u096F]/],
};

/** @param {string} id */
function textsOf(id) {
  const page = generatePages().find((candidate) => candidate.id === id);
  if (!page) throw new Error(`page (${id}) is missing`);
  return Array.from(page.html.matchAll(/>([^<]+)</g), (match) => match[1]);
}

/** @param {RegExp} pattern @param {readonly string[]} texts */
function fastest(pattern, texts) {
  let best = Infinity;
  for (let pass = 0; pass < PASSES; pass += 1) {
    const start = performance.now();
    for (const text of texts) pattern.test(text);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

for (const id of ['a', 'b']) {
  const texts = textsOf(id);
  const size = texts.reduce((sum, text) => sum + text.length, 0);
  for (let round = 1; round <= 2; round += 1) {
    const figures = Object.entries(CHECKS).map(([name, [now, wider]]) => {
      const [before, after] = [fastest(now, texts), fastest(wider, texts)];
      return `${name} ${before.toFixed(2)} → ${after.toFixed(2)} ms (×${(after / before).toFixed(2)})`;
    });
    console.log(`page (${id}), ${texts.length} texts, ${Math.round(size / 1000)} kB, round ${round}: ${figures.join(' · ')}`);
  }
}

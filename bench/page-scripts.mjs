// The scripts injected into pages for the in-page passes, as classic scripts for
// page.addScriptTag, built on the fly with Vite's own build API (no esbuild here): libphonenumber
// for the per-node baseline, the same library and metadata the extension ships, so that baseline
// differs from our scan in approach only; and our scan, the content script's own walk and finder.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * @typedef {object} PageScripts
 * @property {string} libphonenumber defines the global `libphonenumber` (page/libphonenumber-entry.js)
 * @property {string} scan defines the global `acsScan` (page/scan-entry.ts)
 */

/** @returns {Promise<PageScripts>} */
export async function buildPageScripts() {
  return {
    libphonenumber: await bundle('page/libphonenumber-entry.js', 'libphonenumber'),
    scan: await bundle('page/scan-entry.ts', 'acsScan'),
  };
}

/**
 * Bundles an entry and everything it imports into a minified IIFE that assigns the entry's
 * exports to the global `name`. Nothing is written to disk.
 * @param {string} entry relative to this module
 * @param {string} name
 * @returns {Promise<string>} the script's source
 */
async function bundle(entry, name) {
  const result = await build({
    // The project's config would add the extension's plugins and inputs.
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    publicDir: false,
    build: { write: false, minify: true, lib: { entry: fileURLToPath(new URL(entry, import.meta.url)), formats: ['iife'], name } },
  });
  const [output] = Array.isArray(result) ? result : [result];
  if (!('output' in output)) throw new Error('Vite returned a watcher instead of a bundle');
  const chunk = output.output.find((file) => file.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error(`Vite produced no JavaScript chunk for ${entry}`);
  return chunk.code;
}

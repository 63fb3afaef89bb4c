// libphonenumber-js/max as a classic script for page.addScriptTag, built on the fly with Vite's
// own build API (no esbuild here): the same library and metadata the extension ships, so the
// per-node baseline differs from our scan in approach only.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ENTRY = fileURLToPath(new URL('page/libphonenumber-entry.js', import.meta.url));

/**
 * Bundles `findPhoneNumbersInText` from libphonenumber-js/max into a minified IIFE that defines
 * the global `libphonenumber`. Nothing is written to disk.
 * @returns {Promise<string>} the script's source
 */
export async function buildLibphonenumberScript() {
  const result = await build({
    // The project's config would add the extension's plugins and inputs.
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    publicDir: false,
    build: { write: false, minify: true, lib: { entry: ENTRY, formats: ['iife'], name: 'libphonenumber' } },
  });
  const [output] = Array.isArray(result) ? result : [result];
  if (!('output' in output)) throw new Error('Vite returned a watcher instead of a bundle');
  const chunk = output.output.find((file) => file.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('Vite produced no JavaScript chunk for libphonenumber');
  return chunk.code;
}

// A private copy of the built extension for one run. Chromium reads an unpacked extension's files
// from disk when a page needs them, and the content-script loader imports a chunk by its hashed
// name, so a rebuild of dist/ during the run (another `vite build` in the same checkout) would
// leave the pages loaded after it without a single control.
import { access, cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

// The loader crxjs writes for a content script: import(chrome.runtime.getURL("assets/…js")).
const LOADER_IMPORT = /getURL\(\s*["']([^"']+)["']\s*\)/g;

/**
 * @typedef {object} ExtensionCopy
 * @property {string} dir the copy, to load into Chromium
 * @property {string[]} contentChunks the chunks the content-script loaders import; their hashed
 *   names identify the build that was measured
 * @property {() => Promise<void>} remove deletes the copy
 */

/**
 * Copies `extensionDir` to a temporary folder and checks that the copy is whole: every content
 * script the manifest names, and every chunk their loaders import, is there.
 * @param {string} extensionDir the build output (dist/)
 * @returns {Promise<ExtensionCopy>}
 * @throws {Error} when the copy is incomplete, as when a build was writing dist/ meanwhile
 */
export async function copyExtension(extensionDir) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'acs-bench-extension-'));
  const remove = () => rm(dir, { recursive: true, force: true });
  try {
    await cp(extensionDir, dir, { recursive: true });
    return { dir, contentChunks: await contentChunks(dir), remove };
  } catch (error) {
    await remove();
    throw error;
  }
}

/**
 * The chunks the content-script loaders import, each checked to exist.
 * @param {string} dir
 */
async function contentChunks(dir) {
  const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8'));
  const loaders = (manifest.content_scripts ?? []).flatMap((/** @type {{ js?: string[] }} */ script) => script.js ?? []);
  const chunks = [];
  for (const loader of loaders) {
    const code = await readFile(path.join(dir, loader), 'utf8').catch(() => incomplete(loader));
    for (const [, chunk] of code.matchAll(LOADER_IMPORT)) {
      await access(path.join(dir, chunk)).catch(() => incomplete(chunk));
      chunks.push(chunk);
    }
  }
  return chunks;
}

/**
 * @param {string} file
 * @returns {never}
 */
function incomplete(file) {
  throw new Error(`The built extension lacks ${file}: was dist/ being rebuilt? Run \`npm run bench\` again.`);
}

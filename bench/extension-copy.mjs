// A private copy of the built extension for one run. Chromium reads an unpacked extension's files
// from disk when a page needs them, so a rebuild of dist-test/ during the run (another `vite build` in
// the same checkout) would measure the pages loaded after it with another build, or none.
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/**
 * @typedef {object} ExtensionCopy
 * @property {string} dir the copy, to load into Chromium
 * @property {string[]} contentScripts the manifest's content scripts, each with a hash of its
 *   contents, which identifies the build that was measured
 * @property {() => Promise<void>} remove deletes the copy
 */

/**
 * Copies `extensionDir` to a temporary folder and checks that the copy is whole: every content
 * script the manifest names is there.
 * @param {string} extensionDir the test build output (dist-test/)
 * @returns {Promise<ExtensionCopy>}
 * @throws {Error} when the copy is incomplete, as when a build was writing dist-test/ meanwhile
 */
export async function copyExtension(extensionDir) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'acs-bench-extension-'));
  const remove = () => rm(dir, { recursive: true, force: true });
  try {
    await cp(extensionDir, dir, { recursive: true });
    return { dir, contentScripts: await describeContentScripts(dir), remove };
  } catch (error) {
    await remove();
    throw error;
  }
}

/**
 * The manifest's content scripts, each checked to exist, as "file (sha256 prefix)".
 * @param {string} dir
 */
async function describeContentScripts(dir) {
  const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8'));
  const scripts = (manifest.content_scripts ?? []).flatMap((/** @type {{ js?: string[] }} */ script) => script.js ?? []);
  return Promise.all(
    scripts.map(async (/** @type {string} */ file) => {
      const code = await readFile(path.join(dir, file)).catch(() => incomplete(file));
      return `${file} (sha256 ${createHash('sha256').update(code).digest('hex').slice(0, 12)})`;
    }),
  );
}

/**
 * @param {string} file
 * @returns {never}
 */
function incomplete(file) {
  throw new Error(`The built extension lacks ${file}: was dist-test/ being rebuilt? Run \`npm run bench\` again.`);
}

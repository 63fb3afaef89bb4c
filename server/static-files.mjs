// @ts-check
// Serves the built calling host page (dist-host/) read-only, never anything outside it.
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES = new Map([
  ['.html', 'text/html; charset=utf-8'],
  ['.js', 'text/javascript; charset=utf-8'],
  ['.css', 'text/css; charset=utf-8'],
  ['.json', 'application/json; charset=utf-8'],
  ['.map', 'application/json; charset=utf-8'],
  ['.svg', 'image/svg+xml'],
  ['.png', 'image/png'],
  ['.wasm', 'application/wasm'],
]);

/**
 * The file under `root` that a URL path names, or undefined when it names none (or tries to escape).
 * @param {string} root
 * @param {string} urlPath
 * @returns {Promise<{ body: Buffer; contentType: string } | undefined>}
 */
export async function readStaticFile(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const relative = normalize(decoded === '/' ? '/index.html' : decoded);
  const path = join(root, relative);
  if (!path.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
  try {
    const body = await readFile(path);
    return { body, contentType: CONTENT_TYPES.get(extname(path)) ?? 'application/octet-stream' };
  } catch {
    return undefined;
  }
}

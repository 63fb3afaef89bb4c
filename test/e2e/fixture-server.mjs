// Serves test/fixtures/crm/ on 127.0.0.1, which the content script matches on any port
// (scripts/serve-demo.mjs serves demo/ only). Static files, GET only, nothing outside the folder.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/crm/', import.meta.url));
const TYPES = { '.html': 'text/html; charset=utf-8', '.json': 'application/json; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

/** @returns {Promise<{ url: string, close: () => Promise<void> }>} url ends with "/" */
export async function startFixtureServer() {
  const server = createServer(async (request, response) => {
    const file = request.method === 'GET' ? fixtureFile(request.url ?? '/') : undefined;
    const body = file ? await readFile(file).catch(() => undefined) : undefined;
    response.writeHead(body ? 200 : 404, { 'Content-Type': (file && TYPES[path.extname(file)]) ?? 'text/plain', 'Cache-Control': 'no-store' });
    response.end(body ?? 'Not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve(undefined));
        server.closeAllConnections();
      }),
  };
}

/** The fixture an URL names, or undefined for anything outside the folder or of another type. */
function fixtureFile(url) {
  try {
    const file = path.resolve(FIXTURES_DIR, `.${decodeURIComponent(new URL(url, 'http://fixtures.invalid').pathname)}`);
    return file.startsWith(FIXTURES_DIR) && TYPES[path.extname(file)] ? file : undefined;
  } catch {
    return undefined; // malformed percent-encoding
  }
}

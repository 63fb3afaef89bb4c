// Serves the generated pages from memory on 127.0.0.1, which the content script matches on any
// port (file: URLs are not matched).
import { createServer } from 'node:http';

/**
 * @typedef {object} PageServer
 * @property {string} origin e.g. http://127.0.0.1:41234
 * @property {() => Promise<void>} close stops the server and drops kept-alive connections
 */

/**
 * Starts serving each page's html at its path, on a free port; anything else is a 404.
 * @param {readonly { path: string, html: string }[]} pages
 * @returns {Promise<PageServer>}
 */
export async function startPageServer(pages) {
  const bodies = new Map(pages.map((page) => [page.path, Buffer.from(page.html)]));
  const server = createServer((request, response) => {
    const body = bodies.get(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    if (!body) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length, 'cache-control': 'no-store' });
    response.end(body);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(undefined));
  });
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

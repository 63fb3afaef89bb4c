// A tiny static server for the Northwind CRM demo pages in demo/. The content script matches
// http://127.0.0.1/* and http://localhost/* on any port, so the pages must come over HTTP from
// there (file: URLs are not matched). No dependencies: `npm run demo` runs right after `npm ci`.
//
//   node scripts/serve-demo.mjs [port]     (port 0 or none: a random free port)
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const DEMO_DIR = fileURLToPath(new URL('../demo/', import.meta.url));

/** @type {Record<string, string>} */
const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Starts serving demo/ over HTTP.
 * @param {{ port?: number, host?: string }} [options] port 0 (the default) picks a free port;
 *   host defaults to 127.0.0.1, which the extension's content script matches.
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>} url ends with "/",
 *   e.g. http://127.0.0.1:41234/ ; close() stops the server and drops open connections.
 */
export async function startDemoServer({ port = 0, host = '127.0.0.1' } = {}) {
  const server = createServer((request, response) => {
    handle(request, response).catch((error) => {
      console.error(`serve-demo: ${request.method} ${request.url} failed:`, error);
      if (!response.headersSent) send(response, 500, 'Internal server error');
      else response.destroy();
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(undefined));
  });
  const actualPort = /** @type {import('node:net').AddressInfo} */ (server.address()).port;
  return {
    url: `http://${host}:${actualPort}/`,
    port: actualPort,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Browsers keep connections alive; without this, close() would wait for them to time out.
        server.closeAllConnections();
      }),
  };
}

/**
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 */
async function handle(request, response) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD');
    return send(response, 405, 'Method not allowed');
  }
  const file = await resolveFile(request.url ?? '/');
  if (!file) return send(response, 404, 'Not found');
  const body = await readFile(file);
  response.writeHead(200, {
    'Content-Type': CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': body.length,
    // The pages change while people work on the demo; a cached copy would hide that.
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}

/**
 * Maps a request URL to a file inside demo/, or undefined when there is none. Directories serve
 * their index.html. Anything resolving outside demo/ (../, encoded %2e%2e, absolute paths) is
 * treated as missing rather than as an error, so the server reveals nothing about the disk.
 * @param {string} requestUrl
 * @returns {Promise<string | undefined>}
 */
async function resolveFile(requestUrl) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(requestUrl, 'http://demo.invalid').pathname);
  } catch {
    return undefined; // malformed percent-encoding
  }
  if (pathname.includes('\0')) return undefined;
  let file = path.resolve(DEMO_DIR, `.${pathname}`);
  if (!file.startsWith(DEMO_DIR) && `${file}${path.sep}` !== DEMO_DIR) return undefined;
  const info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) {
    file = path.join(file, 'index.html');
    return (await stat(file).catch(() => undefined))?.isFile() ? file : undefined;
  }
  return info?.isFile() ? file : undefined;
}

/**
 * @param {import('node:http').ServerResponse} response
 * @param {number} status
 * @param {string} message
 */
function send(response, status, message) {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(`${message}\n`);
}

/** @param {string | undefined} arg */
function parsePort(arg) {
  if (arg === undefined) return 0;
  const port = Number(arg);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`"${arg}" is not a port number; usage: node scripts/serve-demo.mjs [port]`);
  }
  return port;
}

async function main() {
  const port = parsePort(process.argv[2]);
  const server = await startDemoServer({ port }).catch((error) => {
    if (error.code === 'EADDRINUSE') throw new Error(`port ${port} is already in use; pick another, or 0 for any free port`);
    throw error;
  });
  console.log(`Northwind CRM demo: ${server.url}  (accounts list: ${server.url}list.html)`);
  console.log('Press Ctrl+C to stop.');
  process.once('SIGINT', () => server.close().then(() => process.exit(0)));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(`serve-demo: ${error.message}`);
    process.exit(1);
  });
}

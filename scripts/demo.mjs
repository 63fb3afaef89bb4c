// `npm run demo [-- --headless]`: builds the extension, serves the Northwind CRM demo pages and
// opens them in Chromium with the extension loaded. With a display, the browser is yours to try
// until you close it; without one (or with --headless), the script walks the tour itself and
// leaves screenshots in demo-output/. Meant to work right after `npm ci` on a fresh machine.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startDemoServer } from './serve-demo.mjs';
import { findChromium, launchWithExtension } from './lib/chromium.mjs';
import { runTour } from './lib/tour.mjs';
import { step, formatDuration, StepFailure } from './lib/steps.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// The test build: the extension plus the local sites the demo CRM is served on.
const DIST = path.join(ROOT, 'dist-test');
const OUTPUT_DIR = path.join(ROOT, 'demo-output');
// The JS entry rather than node_modules/.bin/vite: on Windows .bin holds a .cmd shim that
// spawn() cannot run without a shell.
const VITE = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
const EXIT_INTERRUPTED = 130;

class Interrupted extends Error {
  constructor() {
    super('interrupted (Ctrl+C)');
    this.name = 'Interrupted';
  }
}

/** Resolves when the user presses Ctrl+C, so the browser and its temporary profile are cleaned up. */
const interrupted = new Promise((resolve) => process.once('SIGINT', resolve));

async function main() {
  const { headless } = parseOptions();
  await step('extension built (vite build)', buildExtension);
  const executablePath = await step('Chromium found', async () => findChromium(), { detail: (found) => found });
  const server = await step('demo CRM served', () => startDemoServer(), { detail: (started) => started.url });
  try {
    if (headless || !hasDisplay()) {
      if (!headless) console.log('No display found (DISPLAY/WAYLAND_DISPLAY unset): walking the tour headless.');
      await walkTour(executablePath, server.url);
    } else {
      await openForPeople(executablePath, server.url);
    }
  } finally {
    await server.close();
  }
}

function parseOptions() {
  try {
    return parseArgs({ options: { headless: { type: 'boolean', default: false } } }).values;
  } catch (error) {
    throw new Error(`${/** @type {Error} */ (error).message}\nUsage: npm run demo [-- --headless]`);
  }
}

function buildExtension() {
  if (!existsSync(VITE)) return Promise.reject(new Error('vite is not installed: run `npm ci` first.'));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [VITE, 'build', '--mode', 'test'], { cwd: ROOT, stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code === 0) resolve(undefined);
      else reject(new Error(`vite build failed (${signal ?? `exit code ${code}`}); its output is above.`));
    });
  });
}

/** Headed Chromium needs a display server on Linux; macOS and Windows always have one. */
function hasDisplay() {
  if (process.platform !== 'linux') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

/**
 * @param {string} executablePath
 * @param {string} demoUrl
 */
async function walkTour(executablePath, demoUrl) {
  const started = performance.now();
  await mkdir(OUTPUT_DIR, { recursive: true });
  const session = await step('Chromium started with the extension', () => launch(executablePath, true), {
    detail: (launched) => `id ${launched.extensionId}`,
  });
  try {
    const result = await Promise.race([runTour({ session, demoUrl, outputDir: OUTPUT_DIR }), interrupted.then(() => Promise.reject(new Interrupted()))]);
    console.log(`\nTour complete in ${formatDuration(performance.now() - started)}.`);
    console.log(`  The call from ${result.caller} went to ${result.target}; the transfer took ${formatDuration(result.transferMs)} and the original call ended.`);
    console.log(`  Screenshots in ${path.relative(process.cwd(), OUTPUT_DIR) || '.'}/: ${result.screenshots.join(', ')}`);
  } finally {
    await session.close();
  }
}

/**
 * @param {string} executablePath
 * @param {string} demoUrl
 */
async function openForPeople(executablePath, demoUrl) {
  const session = await step('Chromium window opened with the extension', () => launchHeaded(executablePath), {
    detail: (launched) => `id ${launched.extensionId}`,
  });
  try {
    const { context, extensionId } = session;
    const record = context.pages()[0] ?? (await context.newPage());
    await record.goto(`${demoUrl}index.html`);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
    await record.bringToFront();
    printInstructions(demoUrl);
    await Promise.race([new Promise((resolve) => context.once('close', resolve)), interrupted]);
  } finally {
    await session.close();
  }
}

/**
 * @param {string} executablePath
 * @param {boolean} headless
 */
function launch(executablePath, headless) {
  return launchWithExtension({
    extensionDir: DIST,
    executablePath,
    headless,
    // Ctrl+C is ours (see `interrupted`); Playwright's own handler would exit before the
    // temporary profile is removed. A headed window sizes its pages itself.
    contextOptions: { handleSIGINT: false, ...(headless ? {} : { viewport: null }) },
  });
}

/**
 * DISPLAY can be set without a usable display server behind it (a stale SSH forwarding, say).
 * @param {string} executablePath
 */
async function launchHeaded(executablePath) {
  try {
    return await launch(executablePath, false);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${reason}\nIf there is no usable display, walk the tour headless: npm run demo -- --headless`);
  }
}

/** @param {string} demoUrl */
function printInstructions(demoUrl) {
  console.log(`
Northwind CRM is open in Chromium with ACS Click-to-Transfer loaded (simulated calls, no Azure account).
  • Alex Rivera is on the line. On the record page, click the button beside a colleague's number
    and choose "Transfer call to …"; the second tab is the extension popup with the live state.
  • "Front desk (declines)" and "After-hours line (no answer)" show failed transfers.
  • ${demoUrl}list.html adds rows after loading and on "Load more".
Close the browser, or press Ctrl+C here, to stop.`);
}

main().then(
  () => process.exit(0),
  (error) => {
    if (error instanceof StepFailure) console.error(error.message);
    else console.error(`\nThe demo failed: ${error instanceof Error ? error.message : error}`);
    process.exit(error instanceof Interrupted ? EXIT_INTERRUPTED : 1);
  },
);

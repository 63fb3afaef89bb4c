// Finding a Chromium and launching it with an unpacked extension through playwright-core, for the
// demo (scripts/demo.mjs) and the end-to-end tests, with the switches below and the traps they
// avoid written beside them; nothing here downloads a browser.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const SERVICE_WORKER_TIMEOUT_MS = 15_000;

/** @returns {string[]} where a Chromium usually lives on this platform, most likely first */
function candidatePaths() {
  if (process.platform === 'darwin') {
    return [
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      path.join(os.homedir(), 'Applications/Chromium.app/Contents/MacOS/Chromium'),
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    ];
  }
  if (process.platform === 'win32') {
    const roots = [process.env.LOCALAPPDATA, process.env.PROGRAMFILES, process.env['PROGRAMFILES(X86)']].filter(Boolean);
    return [
      ...roots.map((root) => path.join(/** @type {string} */ (root), 'Chromium', 'Application', 'chrome.exe')),
      ...roots.map((root) => path.join(/** @type {string} */ (root), 'Google', 'Chrome', 'Application', 'chrome.exe')),
    ];
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/lib/chromium/chromium',
    '/snap/bin/chromium',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/google-chrome',
  ];
}

/**
 * Whether a browser binary is branded Google Chrome, judged by its path. Chrome 137 and later
 * ignore --load-extension, so the extension would silently not load there; Chromium and
 * Chrome for Testing still honour it.
 * @param {string} executablePath
 */
export function isBrandedChrome(executablePath) {
  return /google[-\s]chrome|[\\/]google[\\/]chrome[\\/]/i.test(executablePath);
}

/**
 * Finds a Chromium to drive: the CHROME_PATH environment variable if set, else the usual install
 * locations of this platform (Chromium before Google Chrome). Warns on stderr when the result is
 * branded Google Chrome (see isBrandedChrome).
 * @returns {string} absolute path of the browser executable
 * @throws {Error} when CHROME_PATH names a missing file, or no browser is found (the message says
 *   how to install one)
 */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && !existsSync(fromEnv)) {
    throw new Error(`CHROME_PATH is set to "${fromEnv}", but there is no such file.`);
  }
  const found = fromEnv || candidatePaths().find((candidate) => existsSync(candidate));
  if (!found) throw new Error(notFoundMessage());
  if (isBrandedChrome(found)) {
    console.warn(
      `warning: ${found} is Google Chrome, which ignores --load-extension from version 137 on, so the ` +
        'extension may not load. Install Chromium, or point CHROME_PATH at Chromium or Chrome for Testing.',
    );
  }
  return found;
}

function notFoundMessage() {
  return [
    'No Chromium found. Install one, or set CHROME_PATH to a Chromium executable:',
    '  Debian/Ubuntu:  sudo apt-get install chromium   (Ubuntu: sudo snap install chromium)',
    '  Fedora:         sudo dnf install chromium',
    '  macOS:          brew install --cask chromium',
    '  Windows:        winget install Hibbiki.Chromium',
    `Looked in: ${candidatePaths().join(', ')}`,
  ].join('\n');
}

/**
 * @typedef {object} LaunchOptions
 * @property {string} extensionDir the built extension (the folder holding manifest.json, e.g. dist-test/)
 * @property {boolean} [headless=true] headed needs a display (X11/Wayland on Linux)
 * @property {string} [userDataDir] a profile folder to use and keep; by default a fresh temporary
 *   one is made and deleted on close()
 * @property {string[]} [args] extra Chromium switches, after the recipe's own
 * @property {string} [locale] language such as "es" or "pt-BR", for chrome.i18n and the pages'
 *   navigator.language. Chromium shows English when it lacks the locale's resources (Debian:
 *   apt-get install chromium-l10n).
 * @property {string} [executablePath] the browser; findChromium() by default
 * @property {import('playwright-core').LaunchOptions & import('playwright-core').BrowserContextOptions} [contextOptions]
 *   further launchPersistentContext options (viewport, handleSIGINT, slowMo…); they win over ours
 */

/**
 * @typedef {object} ExtensionSession
 * @property {import('playwright-core').BrowserContext} context the browser's only context
 * @property {string} extensionId the unpacked extension's id (it depends on extensionDir's path)
 * @property {import('playwright-core').Worker} serviceWorker the extension's service worker, for
 *   evaluate(() => chrome.…) calls. Chrome stops it after ~30 s idle; this handle then goes stale.
 * @property {() => Promise<void>} close closes the browser and deletes the temporary profile;
 *   safe to call more than once
 */

/**
 * Launches Chromium with one unpacked extension loaded and waits for its service worker.
 * Fake media flags grant a fake microphone without a prompt (the offscreen document cannot
 * show one; docs/acs-sdk.md §2).
 * @param {LaunchOptions} options
 * @returns {Promise<ExtensionSession>}
 */
export async function launchWithExtension({ extensionDir, headless = true, userDataDir, args = [], locale, executablePath, contextOptions = {} }) {
  const extension = path.resolve(extensionDir);
  if (!existsSync(path.join(extension, 'manifest.json'))) {
    throw new Error(`${extension} holds no manifest.json: build the extension first (npm run build, or npm run build:test for dist-test/).`);
  }
  const profile = userDataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'acs-transfer-profile-')));
  const removeProfile = userDataDir ? async () => {} : () => rm(profile, { recursive: true, force: true, maxRetries: 5 });
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: executablePath ?? findChromium(),
      headless,
      args: [...recipeArgs(extension, locale), ...args],
      ...(locale ? { locale, env: localeEnv(locale) } : {}),
      ...contextOptions,
    });
    const serviceWorker = await extensionServiceWorker(context).catch(async (error) => {
      await context.close();
      throw error;
    });
    return {
      context,
      extensionId: new URL(serviceWorker.url()).host,
      serviceWorker,
      close: once(async () => {
        await context.close();
        await removeProfile();
      }),
    };
  } catch (error) {
    await removeProfile();
    throw error;
  }
}

/**
 * The switches that load an unpacked extension. Playwright's defaults include --disable-extensions, which
 * only --disable-extensions-except overrides; --load-extension alone loads nothing.
 * @param {string} extension absolute path
 * @param {string | undefined} locale
 */
function recipeArgs(extension, locale) {
  return [
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
    ...(locale ? [`--lang=${locale}`] : []),
  ];
}

/**
 * Chromium on Linux takes its UI language (hence chrome.i18n.getUILanguage()) from LANGUAGE in
 * the environment and ignores --lang (checked with Debian Chromium 156); --lang stays for the
 * other platforms.
 * @param {string} locale BCP 47, e.g. "pt-BR"
 */
function localeEnv(locale) {
  return { ...process.env, LANGUAGE: locale.replace('-', '_') };
}

/**
 * The worker is usually registered by the time launchPersistentContext resolves; the event covers
 * a slow start.
 * @param {import('playwright-core').BrowserContext} context
 */
async function extensionServiceWorker(context) {
  const isExtension = (/** @type {import('playwright-core').Worker} */ worker) => worker.url().startsWith('chrome-extension://');
  const ready = context.serviceWorkers().find(isExtension);
  if (ready) return ready;
  return context.waitForEvent('serviceworker', { predicate: isExtension, timeout: SERVICE_WORKER_TIMEOUT_MS }).catch(() => {
    throw new Error(
      `The extension's service worker did not start within ${SERVICE_WORKER_TIMEOUT_MS / 1000} s. Is the folder a built ` +
        'MV3 extension, and does this browser honour --load-extension (Google Chrome 137+ does not)?',
    );
  });
}

/**
 * @template T
 * @param {() => Promise<T>} action
 * @returns {() => Promise<T>} runs action on the first call and returns that same promise after
 */
function once(action) {
  /** @type {Promise<T> | undefined} */
  let result;
  return () => (result ??= action());
}

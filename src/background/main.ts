// Service worker entry: a thin privileged router with no call state (docs/design.md). Listeners are
// registered synchronously at the top level, as MV3 requires for a worker woken by an event.
import { browser } from '../platform/browser.ts';
import { t } from '../platform/i18n.ts';
import { readReply, type ReplyOf } from '../shared/channel.ts';
import { TO_OFFSCREEN, fail, ok, type EngineCommand, type Reply, type ToOffscreen } from '../shared/protocol.ts';
import { SETTINGS_ITEM, type Settings } from '../shared/settings.ts';
import { loadSettings } from '../shared/settings-store.ts';
import { withManaged } from '../shared/managed.ts';
import { loadManaged } from '../shared/managed-store.ts';
import { dialingCountry } from '../shared/phone.ts';
import { handleMessage, type RouterDeps } from './router.ts';
import { OFFSCREEN_PATH, chromeOffscreenApi, ensureOffscreen } from './offscreen-document.ts';
import { mirrorSnapshot, readMirroredSnapshot } from './snapshot-mirror.ts';
import { applySnapshot, broadcastPageState, showBadge } from './side-effects.ts';
import { setMenusEnabled } from './context-menu.ts';
import { chromeSessionWatch, listenForWatchPort } from './session-edge.ts';
import { ensureSession, onSessionAnswered, onSessionStarted, recordSettingsPending } from './session-watch.ts';
import { isRestarting } from '../shared/session-status.ts';
import { pageStateOf } from './page-actions.ts';
import { createMenus } from './context-menu.ts';
import { menuIntent, type MenuClick } from './menu-intent.ts';
import { pageActionFromMenu } from './menu-action.ts';
import { init as initSites } from './site-edge.ts';
import { chromeShortcuts } from './shortcut-edge.ts';
import { isFrameSelectionVisible } from './frame-selection.ts';
import { ONBOARDING_PATH } from '../shared/extension-pages.ts';
import { restrictStorageToExtension } from './storage-access.ts';
import { chromeNotifier } from './notify.ts';
import { failureReporter } from './failures.ts';
import { settingsPusher } from './settings-push.ts';
import { pageRequest } from './page-requests.ts';
import { chromePageRequests } from './page-request-edge.ts';

const offscreenApi = chromeOffscreenApi(browser);
const log = (message: string): void => console.warn(`[acs-transfer] ${message}`);
const report = failureReporter({ show: (notice) => chromeNotifier(browser).show(notice), log });

/** The settings in force: the agent's own under the admin's managed values (shared/managed.ts). */
async function readSettingsFromStorage(): Promise<Settings> {
  const [stored, managed] = await Promise.all([loadSettings(browser.storage.local), loadManaged(browser.storage.managed)]);
  if (managed.ignored.length > 0) log(`Managed policy values ignored, they do not parse: ${managed.ignored.join(', ')}`);
  return withManaged(stored, managed);
}

function countryOf(settings: Settings): string {
  return dialingCountry(settings.defaultCountry, browser.i18n.getUILanguage()) ?? '';
}

async function sendToOffscreen<M extends ToOffscreen>(message: M): Promise<Reply<ReplyOf<typeof TO_OFFSCREEN, M['kind']>>> {
  await ensureOffscreen(offscreenApi);
  return readReply(TO_OFFSCREEN, message.kind, await browser.runtime.sendMessage(message), 'The call session did not answer.');
}

/** Pages and menus follow the session's restart at once: its last snapshot's calls are gone. */
async function announceRestarting(restarting: boolean): Promise<void> {
  const [snapshot, settings] = await Promise.all([deps.readSnapshot(), readSettingsFromStorage()]);
  const state = pageStateOf(snapshot, countryOf(settings), restarting);
  setMenusEnabled(browser, state.transferable);
  await broadcastPageState(browser, { to: 'content', kind: 'pageState', state });
}

const pageRequests = chromePageRequests(browser, log);
const watch = chromeSessionWatch(browser, offscreenApi, (restarting) => void report('pageState', () => announceRestarting(restarting)));

void restrictStorageToExtension(browser.storage, log);

const deps: RouterDeps = {
  self: {
    id: browser.runtime.id,
    origin: new URL(browser.runtime.getURL('')).origin,
    offscreenUrl: browser.runtime.getURL(OFFSCREEN_PATH),
  },
  forwardToOffscreen: (command: EngineCommand) => sendToOffscreen({ to: 'offscreen', kind: 'engineCommand', command }),
  askOffscreen: sendToOffscreen,
  readSnapshot: () => readMirroredSnapshot(browser.storage.session),
  mirrorSnapshot: (snapshot) =>
    mirrorSnapshot(
      browser.storage.session,
      snapshot,
      (next, previous) => {
        void report('pageState', async () => applySnapshot(browser, next, previous, countryOf(await readSettingsFromStorage())));
      },
      (next) => void report('pageState', () => showBadge(browser, next)),
    ),
  readSettings: readSettingsFromStorage,
  readSessionStatus: () => watch.readStatus(),
  session: {
    ensure: async () => ok(await ensureSession(watch)),
    started: () => onSessionStarted(watch),
    answered: () => onSessionAnswered(watch),
    settingsPending: (pending) => recordSettingsPending(watch, pending),
  },
  dialingCountry: countryOf,
  describeFailure: (failure) => t(`bg_${failure}`),
  fromPage: (action, target, sender) => pageRequest(action, target, sender, deps, pageRequests),
  log,
};

browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
  if (!isForBackground(message)) return undefined;
  void handleMessage(message, sender, deps).then(sendResponse, (error: unknown) => {
    deps.log(`Handler failed: ${String(error)}`);
    sendResponse(fail('The extension could not handle that request.'));
  });
  return true;
});

/** Messages addressed to another context (the offscreen document) are not ours to answer. */
function isForBackground(message: unknown): boolean {
  return typeof message !== 'object' || message === null || (message as { to?: unknown }).to !== 'offscreen';
}

/** `tabId`: the tab the menu was opened in; its right-clicked frame's selection must be one the agent can see. */
async function onMenuClicked(click: MenuClick, tabId?: number): Promise<Reply> {
  const country = dialingCountry((await readSettingsFromStorage()).defaultCountry, browser.i18n.getUILanguage());
  const { selectionText, frameId } = click;
  const readable = selectionText !== undefined && tabId !== undefined && frameId !== undefined;
  const hidden = readable && (await isFrameSelectionVisible(browser, tabId, frameId)) === false;
  return pageActionFromMenu(menuIntent(click, country), deps, browser, hidden);
}

/** Pages learn a changed dialling country at once, not at the next call. */
async function broadcastSettings(settings: Settings): Promise<void> {
  const [snapshot, status] = await Promise.all([deps.readSnapshot(), watch.readStatus()]);
  const state = pageStateOf(snapshot, countryOf(settings), isRestarting(status));
  await broadcastPageState(browser, { to: 'content', kind: 'pageState', state });
}

const runShortcut = chromeShortcuts(browser, deps);
const pushSettings = settingsPusher(
  { send: sendToOffscreen, wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) },
  Date.now(),
);

browser.contextMenus.onClicked.addListener((info, tab) => void report('menu', () => onMenuClicked(info, tab?.id)));
browser.commands.onCommand.addListener((name, tab) => void report('shortcut', () => runShortcut(name, tab?.id)));
// End-to-end tests invoke the menu and the shortcuts through the worker: native menus and
// browser-level keys cannot be driven headless. Only the test build (dist-test/) has these.
if (import.meta.env.MODE === 'test') Object.assign(globalThis, { acsTransferMenuClicked: onMenuClicked, acsTransferCommand: runShortcut });

/** The agent's settings or the admin's policy changed: the session and the pages follow what is now in force. */
async function settingsChanged(): Promise<void> {
  const settings = await readSettingsFromStorage();
  void report('pageState', () => broadcastSettings(settings));
  await pushSettings(settings);
}

browser.storage.onChanged.addListener((changes, area) => {
  if ((area === 'local' && changes[SETTINGS_ITEM.key]) || area === 'managed') void report('settingsPush', settingsChanged);
});

browser.runtime.onInstalled.addListener(({ reason }) => {
  createMenus(browser);
  // Only a visible page can ask for the microphone: ask on first install.
  if (reason === 'install') void report('install', () => browser.tabs.create({ url: browser.runtime.getURL(ONBOARDING_PATH) }));
});
initSites(deps.log, report);
listenForWatchPort(browser, deps.self.offscreenUrl, watch, report);
// Re-creates the session owner after a browser start or a worker restart (marking it restarting if
// it died while the worker slept); a ping when it is alive.
void report('session', () => ensureSession(watch));

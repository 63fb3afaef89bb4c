// Offscreen document entry. Offscreen documents get only chrome.runtime (no storage), so the
// worker hands over the settings and the last published rev, and mirrors what this publishes.
import * as v from 'valibot';
import { browser } from '../platform/browser.ts';
import { sendToBackground } from '../platform/messages.ts';
import { dispatchReply, type ReplyHandlers } from '../shared/channel.ts';
import { TO_OFFSCREEN, ToOffscreenSchema, fail, ok, type Reply, type SettingsAck } from '../shared/protocol.ts';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings.ts';
import { EngineFailure, type EngineSnapshot } from '../shared/engine.ts';
import type { DeviceList } from '../shared/devices.ts';
import { Session, type SessionEngine } from './session.ts';
import { createEngine, engineConfigOf } from './engine-factory.ts';
import { BrowserDevices, SessionDevices } from './session-devices.ts';
import { OffscreenLog } from './session-log.ts';
import { watchedByWorker } from './worker-watch.ts';

const origin = new URL(browser.runtime.getURL('')).origin;
const log = new OffscreenLog();
// Engines without audio of their own (the simulated one) offer the browser's devices instead.
const browserDevices = new BrowserDevices(navigator.mediaDevices, 'setSinkId' in HTMLMediaElement.prototype);
const devices = new SessionDevices(browserDevices, (level, text) => log.note(level, text));

/** Log level and devices follow the engine in use and the settings. */
function follow(engine: SessionEngine, settings: Settings): void {
  log.follow(engine, settings);
  devices.follow(engine, settings);
}

/** Each engine gets them before it starts: its start is logged at the chosen level, with the chosen devices. */
function createFollowedEngine(settings: Settings, initialRev: number): SessionEngine {
  const engine = createEngine(settings, initialRev);
  follow(engine, settings);
  return engine;
}

/** Set once the session exists; the liveness probe is answered before that too. */
let created: Session | undefined;

async function startSession(): Promise<Session> {
  const reply = await sendToBackground({ to: 'background', kind: 'offscreenReady' });
  // Without the worker's answer the session starts from defaults and rev 0, and still works.
  const start = reply.ok ? reply.value : { settings: DEFAULT_SETTINGS, lastRev: 0 };
  const publish = (snapshot: EngineSnapshot): void => {
    log.observe(snapshot);
    watchedByWorker(browser);
    void sendToBackground({ to: 'background', kind: 'snapshot', snapshot });
  };
  const onPendingChange = (settingsPending: boolean): void =>
    void sendToBackground({ to: 'background', kind: 'sessionStatus', settingsPending });
  const { settings, lastRev } = start;
  const options = { settings, lastRev, createEngine: createFollowedEngine, publish, engineConfig: engineConfigOf, onPendingChange };
  created = new Session(options);
  // A failed start is already in the snapshot (host unreachable, token refused); the session
  // stays up so the agent can retry or change settings.
  await created.start().catch(() => undefined);
  return created;
}

const session = startSession();

async function listDevices(engine: SessionEngine): Promise<Reply<DeviceList>> {
  try {
    return ok(await devices.list(engine));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log.note('warning', `Could not list devices: ${message}`);
    return error instanceof EngineFailure ? fail(message, error.code, error.subCode) : fail(message);
  }
}

/** A retried or late push of settings older than those applied changes nothing (background/settings-push.ts). */
let appliedRevision = -1;

async function applySettings(settings: Settings, revision: number): Promise<Reply<SettingsAck>> {
  if (revision <= appliedRevision) return ok({ applied: appliedRevision });
  const current = await session;
  try {
    await current.applySettings(settings);
  } finally {
    // The same engine goes on with the new settings; a new one followed them as it was made.
    follow(current.currentEngine, settings);
  }
  appliedRevision = Math.max(appliedRevision, revision);
  return ok({ applied: appliedRevision });
}

/** One handler per command of the offscreen table (shared/protocol.ts, TO_OFFSCREEN). */
const handlers: ReplyHandlers<typeof TO_OFFSCREEN> = {
  ping: async () => ok({ settingsPending: created?.settingsPending ?? false }),
  settings: (message) => applySettings(message.settings, message.revision),
  engineCommand: async ({ command }) => {
    const reply = await (await session).run(command);
    if (!reply.ok) log.commandFailed(command.type, reply.error);
    return reply;
  },
  listDevices: async () => listDevices((await session).currentEngine),
  getDiagnostics: async () => ok(await log.collect((await session).currentEngine)),
};

/**
 * Only the service worker addresses this document; pages and content scripts go through it. The
 * worker is the one extension sender without a document (offscreen documents cannot read the
 * manifest to learn its script URL).
 */
function isFromWorker(sender: chrome.runtime.MessageSender): boolean {
  const ours = sender.id === browser.runtime.id && (sender.url ?? '').startsWith(`${origin}/`);
  return ours && sender.tab === undefined && sender.documentId === undefined;
}

browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
  const parsed = v.safeParse(ToOffscreenSchema, message);
  if (!parsed.success || !isFromWorker(sender)) return undefined;
  void dispatchReply(TO_OFFSCREEN, handlers, parsed.output).then(sendResponse, (error: unknown) => sendResponse(fail(String(error))));
  return true;
});

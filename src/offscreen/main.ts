// Offscreen document entry. Offscreen documents get only chrome.runtime (no storage), so the
// worker hands over the settings and the last published rev, and mirrors what this publishes.
import * as v from 'valibot';
import { browser } from '../platform/browser.ts';
import { sendToBackground } from '../platform/messages.ts';
import { ToOffscreenSchema, fail, type OffscreenStart, type Reply, type ToOffscreen } from '../shared/protocol.ts';
import { readSettings } from '../shared/settings.ts';
import type { EngineSnapshot } from '../shared/engine.ts';
import { Session } from './session.ts';
import { createEngine, engineConfigOf } from './engine-factory.ts';

const origin = new URL(browser.runtime.getURL('')).origin;

async function startSession(): Promise<Session> {
  const reply = await sendToBackground({ to: 'background', kind: 'offscreenReady' });
  const start = reply.ok ? (reply.value as Partial<OffscreenStart>) : {};
  const lastRev = typeof start.lastRev === 'number' && Number.isInteger(start.lastRev) ? start.lastRev : 0;
  const publish = (snapshot: EngineSnapshot): void => {
    void sendToBackground({ to: 'background', kind: 'snapshot', snapshot });
  };
  const session = new Session(readSettings(start.settings), lastRev, createEngine, publish, engineConfigOf);
  // A failed start is already in the snapshot (host unreachable, token refused); the session
  // stays up so the agent can retry or change settings.
  await session.start().catch(() => undefined);
  return session;
}

const session = startSession();

async function handle(message: ToOffscreen): Promise<Reply> {
  const current = await session;
  if (message.kind === 'settings') {
    await current.applySettings(message.settings);
    return { ok: true, value: null };
  }
  return current.run(message.command);
}

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
  void handle(parsed.output).then(sendResponse, (error: unknown) => sendResponse(fail(String(error))));
  return true;
});

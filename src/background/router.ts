// The service worker's one message handler: parse, check the sender's right to send it, act.
// Every rejection is logged with its reason and changes nothing.
import * as v from 'valibot';
import type { EngineSnapshot } from '../shared/engine.ts';
import { dispatchReply, type ReplyHandlers, type ReplyOf } from '../shared/channel.ts';
import {
  TO_BACKGROUND,
  TO_OFFSCREEN,
  ToBackgroundSchema,
  describeIssues,
  fail,
  ok,
  type EngineCommand,
  type OffscreenStart,
  type PageAction,
  type Reply,
  type SessionCheck,
  type ToBackground,
  type ToOffscreen,
} from '../shared/protocol.ts';
import type { Settings } from '../shared/settings.ts';
import { isRestarting, type SessionStatus } from '../shared/session-status.ts';
import { classifySender, maySend, type ExtensionIdentity, type SenderInfo } from './trust.ts';
import { pageStateOf, planWithState, type PlanFailure } from './page-actions.ts';

export interface RouterDeps {
  self: ExtensionIdentity;
  forwardToOffscreen(command: EngineCommand): Promise<Reply>;
  /** Any other question for the session owner, its reply parsed against the offscreen table. */
  askOffscreen<M extends ToOffscreen>(message: M): Promise<Reply<ReplyOf<typeof TO_OFFSCREEN, M['kind']>>>;
  readSnapshot(): Promise<EngineSnapshot | undefined>;
  mirrorSnapshot(snapshot: EngineSnapshot): Promise<void>;
  readSettings(): Promise<Settings>;
  readSessionStatus(): Promise<SessionStatus>;
  /** The session owner's liveness and state (session-watch.ts). */
  session: SessionEvents;
  /** The country national numbers are read in: the setting, else the browser's region. */
  dialingCountry(settings: Settings): string;
  describeFailure(failure: PlanFailure): string;
  /** A page action from a content script: gated, and a call confirmed first (page-requests.ts). */
  fromPage(action: PageAction, target: string, sender: SenderInfo): Promise<Reply>;
  log(message: string): void;
}

export interface SessionEvents {
  ensure(): Promise<Reply<SessionCheck>>;
  started(): Promise<void>;
  answered(): Promise<void>;
  settingsPending(pending: boolean): Promise<void>;
}

export async function handleMessage(raw: unknown, sender: SenderInfo, deps: RouterDeps): Promise<Reply> {
  const parsed = v.safeParse(ToBackgroundSchema, raw);
  const role = classifySender(sender, deps.self);
  if (!parsed.success) return reject(deps, `malformed message from ${role} (${sender.url ?? 'unknown'}): ${describeIssues(parsed.issues)}`);
  const message = parsed.output;
  if (!maySend(role, message.kind)) return reject(deps, `${role} (${sender.url ?? 'unknown'}) may not send '${message.kind}'`);
  return dispatchReply(TO_BACKGROUND, handlers(deps, fromContentScript(role, sender)), message);
}

function reject(deps: RouterDeps, reason: string): Reply {
  deps.log(`Rejected: ${reason}`);
  return fail('Request refused.');
}

/** The sender when a content script sent the message: its page actions are gated (page-requests.ts). */
function fromContentScript(role: ReturnType<typeof classifySender>, sender: SenderInfo): SenderInfo | undefined {
  return role === 'contentScript' ? sender : undefined;
}

/** One handler per command of the worker's table; a command without one does not compile. */
function handlers(deps: RouterDeps, page: SenderInfo | undefined): ReplyHandlers<typeof TO_BACKGROUND> {
  return {
    command: (message) => deps.forwardToOffscreen(message.command),
    pageAction: (message) =>
      page ? deps.fromPage(message.action, message.target, page) : runPageAction(message.action, message.target, deps),
    getPageState: async () => {
      const [snapshot, settings, status] = await Promise.all([deps.readSnapshot(), deps.readSettings(), deps.readSessionStatus()]);
      return ok(pageStateOf(snapshot, deps.dialingCountry(settings), isRestarting(status)));
    },
    snapshot: async (message) => {
      await deps.mirrorSnapshot(message.snapshot);
      await deps.session.answered();
      return ok(null);
    },
    offscreenReady: async () => {
      await deps.session.started();
      return ok(await offscreenStart(deps));
    },
    sessionStatus: async (message) => {
      await deps.session.settingsPending(message.settingsPending);
      return ok(null);
    },
    ensureSession: () => deps.session.ensure(),
    listDevices: () => deps.askOffscreen({ to: 'offscreen', kind: 'listDevices' }),
    getDiagnostics: () => deps.askOffscreen({ to: 'offscreen', kind: 'getDiagnostics' }),
  };
}

export async function runPageAction(
  action: Extract<ToBackground, { kind: 'pageAction' }>['action'],
  target: string,
  deps: RouterDeps,
): Promise<Reply> {
  const { plan } = await planWithState(action, target, deps);
  return plan.ok ? deps.forwardToOffscreen(plan.command) : fail(deps.describeFailure(plan.reason));
}

async function offscreenStart(deps: RouterDeps): Promise<OffscreenStart> {
  const [settings, snapshot] = await Promise.all([deps.readSettings(), deps.readSnapshot()]);
  return { settings, lastRev: snapshot?.rev ?? 0 };
}

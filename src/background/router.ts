// The service worker's one message handler: parse, check the sender's right to send it, act.
// Every rejection is logged with its reason and changes nothing.
import * as v from 'valibot';
import type { EngineSnapshot } from '../shared/engine.ts';
import {
  ToBackgroundSchema,
  describeIssues,
  fail,
  ok,
  type EngineCommand,
  type OffscreenStart,
  type PageAction,
  type Reply,
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
  /** Any other question for the session owner; the reply comes back as it is. */
  askOffscreen(message: ToOffscreen): Promise<Reply>;
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
  ensure(): Promise<Reply>;
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
  if (message.kind === 'pageAction' && role === 'contentScript') return deps.fromPage(message.action, message.target, sender);
  return dispatch(message, deps);
}

function reject(deps: RouterDeps, reason: string): Reply {
  deps.log(`Rejected: ${reason}`);
  return fail('Request refused.');
}

async function dispatch(message: ToBackground, deps: RouterDeps): Promise<Reply> {
  switch (message.kind) {
    case 'command':
      return deps.forwardToOffscreen(message.command);
    case 'pageAction':
      return runPageAction(message.action, message.target, deps);
    case 'getPageState': {
      const [snapshot, settings, status] = await Promise.all([deps.readSnapshot(), deps.readSettings(), deps.readSessionStatus()]);
      return ok(pageStateOf(snapshot, deps.dialingCountry(settings), isRestarting(status)));
    }
    case 'snapshot':
      await deps.mirrorSnapshot(message.snapshot);
      await deps.session.answered();
      return ok(null);
    case 'offscreenReady':
      await deps.session.started();
      return ok(await offscreenStart(deps));
    case 'sessionStatus':
      await deps.session.settingsPending(message.settingsPending);
      return ok(null);
    case 'ensureSession':
      return deps.session.ensure();
    case 'listDevices':
    case 'getDiagnostics':
      return deps.askOffscreen({ to: 'offscreen', kind: message.kind });
  }
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

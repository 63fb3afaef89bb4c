// Turns what a page control or the context menu asks for into an engine command, using only the
// snapshot (the truth) and the settings. A click on a number during a call transfers; it never
// starts a second call (a common complaint about other CTI extensions).
import { currentCall, isLive, isTransferable, type EngineSnapshot } from '../shared/engine.ts';
import type { EngineCommand, PageAction, PageState } from '../shared/protocol.ts';
import type { Settings } from '../shared/settings.ts';
import { canReceiveVoicemail } from '../shared/raw-id.ts';
import { isRestarting } from '../shared/session-status.ts';
import type { RouterDeps } from './router.ts';

/** An engine command worked out from the snapshot, or why there is none. */
export type CommandPlan<Reason> = { ok: true; command: EngineCommand } | { ok: false; reason: Reason };
export type PlanFailure = 'noTransferableCall' | 'voicemailNeedsTeamsUser' | 'alreadyOnCall' | 'notConnected';

/** While the session is restarting, its last snapshot is not the truth: no call is offered. */
export function pageStateOf(snapshot: EngineSnapshot | undefined, defaultCountry: string, restarting = false): PageState {
  const call = snapshot && !restarting ? currentCall(snapshot) : undefined;
  return { callActive: call !== undefined, transferable: call !== undefined && isTransferable(call), defaultCountry };
}

export function planPageAction(
  action: PageAction,
  target: string,
  snapshot: EngineSnapshot | undefined,
  settings: Settings,
): CommandPlan<PlanFailure> {
  if (action === 'call') return planCall(target, snapshot);
  const call = snapshot && currentCall(snapshot);
  if (!call || !isTransferable(call)) return { ok: false, reason: 'noTransferableCall' };
  if (action === 'voicemail' && !canReceiveVoicemail(target)) return { ok: false, reason: 'voicemailNeedsTeamsUser' };
  if (action === 'consult') return { ok: true, command: { type: 'consult', callId: call.id, target } };
  return {
    ok: true,
    command: {
      type: 'transfer',
      request: {
        callId: call.id,
        mode: action === 'voicemail' ? 'voicemail' : 'participant',
        target,
        hangUpOnSuccess: settings.hangUpAfterTransfer,
        disableForwardingAndUnanswered: settings.disableForwardingAndUnanswered,
      },
    },
  };
}

function planCall(target: string, snapshot: EngineSnapshot | undefined): CommandPlan<PlanFailure> {
  if (snapshot?.connection !== 'connected') return { ok: false, reason: 'notConnected' };
  if (snapshot.calls.some(isLive)) return { ok: false, reason: 'alreadyOnCall' };
  return { ok: true, command: { type: 'startCall', targets: [target] } };
}

/** The plan for an action now; a session being restarted has no calls to act on, whatever the last snapshot showed. */
export async function planWithState(
  action: PageAction,
  target: string,
  router: Pick<RouterDeps, 'readSnapshot' | 'readSettings' | 'readSessionStatus'>,
): Promise<{ plan: CommandPlan<PlanFailure>; settings: Settings }> {
  const [snapshot, settings, status] = await Promise.all([router.readSnapshot(), router.readSettings(), router.readSessionStatus()]);
  return { plan: planPageAction(action, target, isRestarting(status) ? undefined : snapshot, settings), settings };
}

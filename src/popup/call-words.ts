// What parties, calls and transfers are called on screen. These only name what the snapshot says.
import { isLive, type CallSnapshot, type PartySnapshot, type TransferSnapshot } from '../shared/engine.ts';
import { displayTarget } from '../shared/phone.ts';
import { t } from '../platform/i18n.ts';

export interface PartyLabel {
  name: string;
  /** Shown under the name when the party has a display name. */
  number?: string;
}

export function describeParty(party: PartySnapshot | undefined): PartyLabel {
  if (!party) return { name: t('popup_unknownParty') };
  const number = displayTarget(party.rawId);
  return party.displayName ? { name: party.displayName, number } : { name: number };
}

export function describeRemote(call: CallSnapshot): PartyLabel {
  if (call.remote.length <= 1) return describeParty(call.remote[0]);
  return { name: call.remote.map((party) => describeParty(party).name).join(', ') };
}

/** The state of a live call, or how an ended one ended. */
export function callStatusText(call: CallSnapshot): string {
  return isLive(call) ? t(`state_${call.state}`) : endingText(call);
}

function endingText(call: CallSnapshot): string {
  if (call.transfer?.state === 'Transferred') return transferredText(call.transfer);
  if (call.connectedAt !== undefined) return t('popup_ended');
  return call.direction === 'Incoming' ? t('popup_missed') : t('popup_notAnswered');
}

/** What a transfer goes to: a raw id, or for 'call' the consult call's id. */
type TransferAim = Pick<TransferSnapshot, 'mode' | 'target'>;

function transferTargetText(aim: TransferAim): string {
  return aim.mode === 'call' ? t('popup_consultedCall') : displayTarget(aim.target);
}

export function transferRequestedText(aim: TransferAim): string {
  const target = transferTargetText(aim);
  return aim.mode === 'voicemail' ? t('popup_voicemailRequested', target) : t('popup_transferRequested', target);
}

export function transferStartedText(aim: TransferAim): string {
  const target = transferTargetText(aim);
  return aim.mode === 'voicemail' ? t('popup_voicemailStarted', target) : t('popup_transferStarted', target);
}

export function transferredText(aim: TransferAim): string {
  const target = transferTargetText(aim);
  return aim.mode === 'voicemail' ? t('popup_transferredToVoicemail', target) : t('popup_transferredTo', target);
}

// Raw ids → SDK identifiers and locators, checked before anything touches a call. Each transfer
// locator has its own transfer() call site: a union does not resolve against the overloads (docs/acs-sdk.md §8).
import type { StartCallOptions as SdkStartCallOptions, Transfer } from '@azure/communication-calling';
import type { CommunicationIdentifierKind } from '@azure/communication-common';
import { ERR } from '../shared/call-errors.ts';
import { EngineFailure, type ErrorCode, type RawId, type TransferRequest } from '../shared/engine.ts';
import { definedOnly } from '../shared/plain-data.ts';
import { isValidRawId } from '../shared/raw-id.ts';
import type { CallingSdk, SdkTransferFeature } from './sdk-port.ts';

export type TransferSend = (feature: SdkTransferFeature) => Transfer;

export type ResolvedTarget = { send: TransferSend } | { refusal: ErrorCode & { message: string } };

/** `consultCallId` is the consult call's id now, for a target given by an id it has since changed from. */
export function resolveTransferTarget(sdk: CallingSdk, request: TransferRequest, consultCallId: string): ResolvedTarget {
  switch (request.mode) {
    case 'call':
      return { send: (feature) => feature.transfer({ targetCallId: consultCallId }) };
    case 'voicemail':
      return voicemailTarget(sdk, request.target);
    case 'participant': {
      const targetParticipant = sdk.createIdentifierFromRawId(request.target);
      const options = definedOnly({ disableForwardingAndUnanswered: request.disableForwardingAndUnanswered });
      return { send: (feature) => feature.transfer({ targetParticipant }, options) };
    }
  }
}

/** Only a (named) Teams user has voicemail in this API (docs/acs-sdk.md §7). */
function voicemailTarget(sdk: CallingSdk, rawId: string): ResolvedTarget {
  const target = sdk.createIdentifierFromRawId(rawId);
  if (target.kind !== 'microsoftTeamsUser' || target.isAnonymous) {
    const message = `Voicemail transfer needs a Teams user (8:orgid:…); ${rawId} is not one.`;
    return { refusal: { ...ERR.invalidTargetType, message } };
  }
  return { send: (feature) => feature.transfer({ targetParticipantVoicemail: target }) };
}

/** Who to call, and the caller id PSTN needs: an ACS user calling a number must present one (docs/acs-sdk.md §5). */
export function startCallTargets(
  sdk: CallingSdk,
  targets: RawId[],
  alternateCallerId: string | undefined,
): { participants: CommunicationIdentifierKind[]; options: SdkStartCallOptions } {
  const notTarget = targets.length === 0 ? '(nobody)' : targets.find((target) => !isValidRawId(target));
  if (notTarget !== undefined) throw EngineFailure.of(`${notTarget} is not a phone number, ACS user or Teams id.`, ERR.unknownTarget);
  const participants = targets.map((target) => sdk.createIdentifierFromRawId(target));
  if (!participants.some((participant) => participant.kind === 'phoneNumber')) return { participants, options: {} };
  if (!alternateCallerId) {
    throw new EngineFailure('Calling a phone number needs a caller id: set your ACS phone number in the options.', 400);
  }
  return { participants, options: { alternateCallerId: { phoneNumber: alternateCallerId } } };
}

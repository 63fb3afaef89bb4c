import type { CallSnapshot, CallStatus } from '../shared/engine.ts';
import { t } from '../platform/i18n.ts';
import { CommandButton } from './command-button.tsx';
import type { Send } from './send.ts';

/** States in which the agent is talking (or held), so hold and mute mean something. */
const IN_CALL: ReadonlySet<CallStatus> = new Set<CallStatus>(['Connected', 'LocalHold', 'RemoteHold']);

interface CallControlsProps {
  call: CallSnapshot;
  send: Send;
  /** Set on the cards of other calls: the call the agent is on, which "Switch to" has the session hold first. */
  current?: CallSnapshot | undefined;
}

function HoldButton({ call, send, current }: CallControlsProps) {
  const callId = call.id;
  if (call.state !== 'LocalHold') {
    return (
      <CommandButton send={send} command={{ type: 'hold', callId }} testId="hold">
        {t('popup_hold')}
      </CommandButton>
    );
  }
  return current ? (
    <CommandButton send={send} command={{ type: 'switchTo', callId }} testId="switch-to" tone="primary">
      {t('popup_switchTo')}
    </CommandButton>
  ) : (
    <CommandButton send={send} command={{ type: 'resume', callId }} testId="resume" tone="primary">
      {t('popup_resume')}
    </CommandButton>
  );
}

/** Hold, resume or switch to; mute or unmute; hang up: the buttons of a live call. */
export function CallControls({ call, send, current }: CallControlsProps) {
  const callId = call.id;
  const isInCall = IN_CALL.has(call.state);
  // The engine holds the call to transfer it and resumes it if the transfer fails; resuming it
  // by hand meanwhile would take the call back from under the transfer.
  const canHold = isInCall && call.transfer?.state !== 'Transferring';
  return (
    <>
      {canHold && <HoldButton call={call} send={send} current={current} />}
      {isInCall && (
        <CommandButton send={send} command={{ type: 'setMuted', callId, muted: !call.isMuted }} testId="mute">
          {call.isMuted ? t('popup_unmute') : t('popup_mute')}
        </CommandButton>
      )}
      <CommandButton send={send} command={{ type: 'hangUp', callId }} testId="hangup" tone="danger">
        {t('popup_hangUp')}
      </CommandButton>
    </>
  );
}

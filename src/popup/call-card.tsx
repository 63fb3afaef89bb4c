import { useId } from 'preact/hooks';
import { isLive, isTransferable, type CallSnapshot } from '../shared/engine.ts';
import { t } from '../platform/i18n.ts';
import { CallControls } from './call-controls.tsx';
import { CallDuration } from './call-duration.tsx';
import { callStatusText, describeParty, describeRemote } from './call-words.ts';
import { CommandButton } from './command-button.tsx';
import type { Send } from './send.ts';
import type { TimelineModel } from './transfer-requests.ts';
import { TransferTimeline } from './transfer-timeline.tsx';

/** The attributes end-to-end tests and the stylesheet read; also on the current-call section. */
export function callDataAttributes(call: CallSnapshot): Record<string, string> {
  return {
    'data-call-id': call.id,
    'data-call-state': call.state,
    'data-transfer-state': call.transfer?.state ?? 'none',
  };
}

/** A transfer to a person or voicemail that failed, on a call the agent is back on, can be sent again. */
function canRetryTransfer(call: CallSnapshot): boolean {
  return call.transfer?.state === 'Failed' && call.transfer.mode !== 'call' && isTransferable(call);
}

interface CallCardProps {
  call: CallSnapshot;
  send: Send;
  /** The call's latest transfer, from the moment it was requested. */
  timeline?: TimelineModel | undefined;
  isCurrent?: boolean;
  /** On the cards of other calls: the call the agent is on, for "Switch to". */
  current?: CallSnapshot | undefined;
}

export function CallCard({ call, send, timeline, isCurrent = false, current }: CallCardProps) {
  const headingId = useId();
  const party = describeRemote(call);
  return (
    <article
      class={isCurrent ? 'call call--current' : 'call'}
      aria-labelledby={headingId}
      data-testid="call"
      {...callDataAttributes(call)}
    >
      <h3 id={headingId} class="call__party">
        {party.name}
      </h3>
      {party.number && <p class="call__number">{party.number}</p>}
      <p class="call__meta">
        <span>{t(`popup_direction_${call.direction}`)}</span>
        <span class="call__status" data-testid="call-status">
          {callStatusText(call)}
        </span>
        <CallDuration call={call} />
      </p>
      {call.transferredBy && (
        <p class="call__note">{t('popup_transferredBy', describeParty(call.transferredBy).name)}</p>
      )}
      {timeline && <TransferTimeline model={timeline} call={call} />}
      <div class="controls" role="group" aria-labelledby={headingId}>
        {canRetryTransfer(call) && (
          <CommandButton send={send} command={{ type: 'retryTransfer', callId: call.id }} testId="retry-transfer" tone="primary">
            {t('popup_retryTransfer')}
          </CommandButton>
        )}
        {isLive(call) ? (
          <CallControls call={call} send={send} current={isCurrent ? undefined : current} />
        ) : (
          <CommandButton send={send} command={{ type: 'dismiss', callId: call.id }} testId="dismiss" tone="quiet">
            {t('popup_dismiss')}
          </CommandButton>
        )}
      </div>
    </article>
  );
}

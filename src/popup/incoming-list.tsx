import { useId } from 'preact/hooks';
import type { CallSnapshot, IncomingSnapshot } from '../shared/engine.ts';
import { t } from '../platform/i18n.ts';
import { describeParty } from './call-words.ts';
import { CommandButton } from './command-button.tsx';
import type { Send } from './send.ts';

interface IncomingProps {
  /** The call the agent is on: the session puts it on hold before it accepts. */
  current: CallSnapshot | undefined;
  send: Send;
}

function IncomingCall({ incoming, current, send }: IncomingProps & { incoming: IncomingSnapshot }) {
  const callerId = useId();
  const caller = describeParty(incoming.caller);
  const incomingId = incoming.id;
  const holdsCurrent = current?.state === 'Connected';
  return (
    <li class="incoming" data-testid="incoming" data-incoming-id={incomingId}>
      <p id={callerId} class="incoming__caller">
        {caller.name}
      </p>
      {caller.number && <p class="incoming__number">{caller.number}</p>}
      {incoming.transferredBy && (
        <p class="incoming__note">{t('popup_transferredBy', describeParty(incoming.transferredBy).name)}</p>
      )}
      <div class="controls" role="group" aria-labelledby={callerId}>
        <CommandButton send={send} command={{ type: 'accept', incomingId }} testId="accept" tone="primary">
          {holdsCurrent ? t('popup_holdAndAccept') : t('popup_accept')}
        </CommandButton>
        <CommandButton send={send} command={{ type: 'reject', incomingId }} testId="decline" tone="danger">
          {t('popup_decline')}
        </CommandButton>
      </div>
    </li>
  );
}

export function IncomingList({ incoming, current, send }: IncomingProps & { incoming: IncomingSnapshot[] }) {
  const headingId = useId();
  if (incoming.length === 0) return null;
  return (
    <section class="section" aria-labelledby={headingId}>
      <h2 id={headingId} class="section__title">
        {t('popup_incomingHeading')}
      </h2>
      <ul class="incoming-list">
        {incoming.map((call) => (
          <IncomingCall key={call.id} incoming={call} current={current} send={send} />
        ))}
      </ul>
    </section>
  );
}

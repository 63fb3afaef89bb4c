import { useId } from 'preact/hooks';
import { isTransferable, type CallSnapshot } from '../shared/engine.ts';
import type { Settings } from '../shared/settings.ts';
import { t } from '../platform/i18n.ts';
import { CallCard, callDataAttributes } from './call-card.tsx';
import { ConsultBar } from './consult-bar.tsx';
import type { ConsultPair } from '../shared/consult.ts';
import { withoutParties, type PickLists } from './pick-lists.ts';
import type { Send } from './send.ts';
import { TransferPanel, useTransferDraft } from './transfer-panel.tsx';
import { isAwaitingEngine, type TimelineModel } from './transfer-requests.ts';

interface CurrentCallProps {
  call: CallSnapshot;
  /** The consult transfer under way, if any; the current call is then one of its two calls. */
  pair: ConsultPair | undefined;
  timeline: TimelineModel | undefined;
  lists: PickLists;
  settings: Settings;
  send: Send;
}

/** The call the agent is working on, with the consult bar or the transfer panel when they apply. */
export function CurrentCall({ call, pair, timeline, lists, settings, send }: CurrentCallProps) {
  const headingId = useId();
  const draft = useTransferDraft(settings);
  // A consult transfer ends through its own bar; a request the engine has not shown yet is still being sent.
  const canTransfer = isTransferable(call) && !pair && !isAwaitingEngine(timeline);
  return (
    <section class="section" aria-labelledby={headingId} data-testid="current-call" {...callDataAttributes(call)}>
      <h2 id={headingId} class="visually-hidden">
        {t('popup_currentCall')}
      </h2>
      {pair && <ConsultBar pair={pair} send={send} />}
      <CallCard call={call} send={send} timeline={timeline} isCurrent />
      {canTransfer && (
        <TransferPanel call={call} draft={draft} lists={withoutParties(lists, call.remote)} settings={settings} send={send} />
      )}
    </section>
  );
}

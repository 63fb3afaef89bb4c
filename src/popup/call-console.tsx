import { useId } from 'preact/hooks';
import { currentCall, type CallSnapshot, type EngineSnapshot } from '../shared/engine.ts';
import type { Settings } from '../shared/settings.ts';
import { t } from '../platform/i18n.ts';
import { CallCard } from './call-card.tsx';
import { findConsult } from '../shared/consult.ts';
import { CurrentCall } from './current-call.tsx';
import { IdlePanel } from './idle-panel.tsx';
import { IncomingList } from './incoming-list.tsx';
import { usePickLists, useRememberingSend, type TargetSources } from './pick-lists.ts';
import type { Send } from './send.ts';
import { timelineOf, useTransferRequests, type TimelineModel } from './transfer-requests.ts';

interface OtherCallsProps {
  title: string;
  calls: CallSnapshot[];
  current: CallSnapshot | undefined;
  timelineFor: (call: CallSnapshot) => TimelineModel | undefined;
  send: Send;
}

function OtherCalls({ title, calls, current, timelineFor, send }: OtherCallsProps) {
  const headingId = useId();
  return (
    <section class="section" aria-labelledby={headingId}>
      <h2 id={headingId} class="section__title">
        {title}
      </h2>
      <ul class="call-list">
        {calls.map((call) => (
          <li key={call.id}>
            <CallCard call={call} send={send} timeline={timelineFor(call)} current={current} />
          </li>
        ))}
      </ul>
    </section>
  );
}

interface CallConsoleProps {
  snapshot: EngineSnapshot;
  settings: Settings;
  send: Send;
  sources: TargetSources;
}

/**
 * Incoming calls first, then the current call and every other call, newest first. With no call
 * live, how the last calls ended (a transfer's outcome, above all) comes before the dial box.
 */
export function CallConsole({ snapshot, settings, send, sources }: CallConsoleProps) {
  const { remember, ...lists } = usePickLists(sources);
  const tracked = useTransferRequests(useRememberingSend(send, remember), snapshot);
  const current = currentCall(snapshot);
  const others = snapshot.calls.filter((call) => call !== current).reverse();
  const timelineFor = (call: CallSnapshot) => timelineOf(call, tracked.requests.get(call.id));
  const title = current ? t('popup_otherCalls') : t('popup_recentCalls');
  const otherCalls = others.length > 0 && (
    <OtherCalls title={title} calls={others} current={current} timelineFor={timelineFor} send={tracked.send} />
  );
  return (
    <>
      <IncomingList incoming={snapshot.incoming} current={current} send={tracked.send} />
      {current ? (
        <CurrentCall
          key={current.id}
          call={current}
          pair={findConsult(snapshot)}
          timeline={timelineFor(current)}
          lists={lists}
          settings={settings}
          send={tracked.send}
        />
      ) : (
        otherCalls
      )}
      {current ? otherCalls : <IdlePanel engine={snapshot.engine} lists={lists} settings={settings} send={tracked.send} />}
    </>
  );
}

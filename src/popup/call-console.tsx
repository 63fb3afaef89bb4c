import { useId } from 'preact/hooks';
import { currentCall, type CallSnapshot, type EngineSnapshot } from '../shared/engine.ts';
import type { Settings } from '../shared/settings.ts';
import { t } from '../platform/i18n.ts';
import { CallCard } from './call-card.tsx';
import { CurrentCall } from './current-call.tsx';
import { IdlePanel } from './idle-panel.tsx';
import { IncomingList } from './incoming-list.tsx';
import type { Send } from './send.ts';

function OtherCalls({ calls, send }: { calls: CallSnapshot[]; send: Send }) {
  const headingId = useId();
  return (
    <section class="section" aria-labelledby={headingId}>
      <h2 id={headingId} class="section__title">
        {t('popup_otherCalls')}
      </h2>
      <ul class="call-list">
        {calls.map((call) => (
          <li key={call.id}>
            <CallCard call={call} send={send} />
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
}

/** Incoming calls first, then the current call (or the dial box), then every other call, newest first. */
export function CallConsole({ snapshot, settings, send }: CallConsoleProps) {
  const current = currentCall(snapshot);
  const others = snapshot.calls.filter((call) => call !== current).reverse();
  return (
    <>
      <IncomingList incoming={snapshot.incoming} send={send} />
      {current ? (
        <CurrentCall key={current.id} call={current} settings={settings} send={send} />
      ) : (
        <IdlePanel engine={snapshot.engine} settings={settings} send={send} />
      )}
      {others.length > 0 && <OtherCalls calls={others} send={send} />}
    </>
  );
}

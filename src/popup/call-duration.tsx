import { useEffect, useState } from 'preact/hooks';
import { isLive, type CallSnapshot } from '../shared/engine.ts';
import { uiLocale } from '../platform/i18n.ts';
import { formatDuration, isoDuration } from './format.ts';

function useNow(isTicking: boolean): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    if (!isTicking) return undefined;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [isTicking]);
  return now;
}

/** Time since the call connected, ticking while it is live; the final length once it has ended. */
export function CallDuration({ call }: { call: CallSnapshot }) {
  const isTicking = isLive(call) && call.connectedAt !== undefined;
  const now = useNow(isTicking);
  const end = isLive(call) ? now : call.endedAt;
  if (call.connectedAt === undefined || end === undefined) return null;
  const elapsed = end - call.connectedAt;
  return (
    <time class="call__duration" dateTime={isoDuration(elapsed)} data-testid="duration">
      {formatDuration(elapsed, uiLocale())}
    </time>
  );
}

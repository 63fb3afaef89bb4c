import { useEffect, useRef, useState } from 'preact/hooks';
import type { EngineSnapshot } from '../shared/engine.ts';
import { describeChanges } from './announcements.ts';

/** A polite live region that says what changed between one snapshot and the next. */
export function LiveAnnouncer({ snapshot }: { snapshot: EngineSnapshot | undefined }) {
  const previous = useRef(snapshot);
  const [message, setMessage] = useState('');
  useEffect(() => {
    if (!snapshot || snapshot === previous.current) return;
    const changes = describeChanges(previous.current, snapshot);
    previous.current = snapshot;
    if (changes.length > 0) setMessage(changes.join('. '));
  }, [snapshot]);
  return (
    <p class="visually-hidden" aria-live="polite" data-testid="announcer">
      {message}
    </p>
  );
}

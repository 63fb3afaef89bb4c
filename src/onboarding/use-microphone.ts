import { useCallback, useEffect, useState } from 'preact/hooks';
import { followPermission, type MicrophoneStatus } from './microphone.ts';

/** The parts of a PermissionStatus the page follows. */
export type PermissionWatch = Pick<PermissionStatus, 'state' | 'addEventListener' | 'removeEventListener'>;

/** The browser's microphone, as the page uses it: injected, so tests need no real permission. */
export interface MicrophoneAccess {
  /** Chrome's current answer without asking; undefined where the Permissions API cannot tell. */
  query(): Promise<PermissionWatch | undefined>;
  ask(): Promise<MicrophoneStatus>;
}

/** The microphone status, kept up to date when the agent changes it in Chrome's settings meanwhile. */
export function useMicrophone(access: MicrophoneAccess): { status: MicrophoneStatus; ask: () => Promise<void> } {
  const [status, setStatus] = useState<MicrophoneStatus>({ kind: 'unasked' });

  useEffect(() => {
    let watched: PermissionWatch | undefined;
    let gone = false;
    const follow = (): void => {
      const state = watched?.state;
      if (state) setStatus((current) => followPermission(current, state));
    };
    void access.query().then((permission) => {
      if (gone || !permission) return;
      watched = permission;
      follow();
      permission.addEventListener('change', follow);
    });
    return () => {
      gone = true;
      watched?.removeEventListener('change', follow);
    };
  }, [access]);

  const ask = useCallback(async () => {
    setStatus({ kind: 'asking' });
    setStatus(await access.ask());
  }, [access]);

  return { status, ask };
}

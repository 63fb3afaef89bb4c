import type { EngineSnapshot } from '../shared/engine.ts';
import { t, type MessageKey } from '../platform/i18n.ts';
import { ActionButton } from './action-button.tsx';

interface ConnectionNoticeProps {
  snapshot: EngineSnapshot | undefined;
  /** The session owner or its calling host is being restarted: the snapshot is not the truth. */
  restarting: boolean;
  openOptions: () => void;
}

/** What puts the connection right (a fresh sign-in, the settings, or only patience), and why. */
interface Remedy {
  kind: 'wait' | 'signIn' | 'settings' | 'restarting';
  explanation: MessageKey;
}

function remedyFor(snapshot: EngineSnapshot): Remedy | undefined {
  if (snapshot.connection === 'failed') return { kind: 'settings', explanation: 'popup_connectionFailed' };
  if (snapshot.connection !== 'disconnected') return undefined;
  switch (snapshot.connectionReason) {
    case 'connectionIssue':
      return { kind: 'wait', explanation: 'popup_connectionIssue' };
    case 'invalidToken':
      return remedyForExpiredSignIn(snapshot);
    case undefined:
      return { kind: 'settings', explanation: 'popup_connectionLost' };
  }
}

/**
 * The engine signs in again by itself. The simulated token service always answers; a real one may
 * want the agent to sign in to it first.
 */
function remedyForExpiredSignIn(snapshot: EngineSnapshot): Remedy {
  if (snapshot.engine === 'simulated') return { kind: 'wait', explanation: 'popup_connectionSigningIn' };
  return { kind: 'signIn', explanation: 'popup_connectionInvalidToken' };
}

/** Why calls cannot be made or received right now, and the one action that fixes it. */
export function ConnectionNotice({ snapshot, restarting, openOptions }: ConnectionNoticeProps) {
  const remedy: Remedy | undefined = restarting ? { kind: 'restarting', explanation: 'popup_restarting' } : snapshot && remedyFor(snapshot);
  if (!remedy) return null;
  return (
    <div class="notice" data-testid="connection-notice" data-remedy={remedy.kind}>
      <p class="notice__text">{t(remedy.explanation)}</p>
      {(remedy.kind === 'wait' || remedy.kind === 'restarting') && <span class="notice__spinner" aria-hidden="true" />}
      {remedy.kind === 'signIn' && (
        <ActionButton onClick={openOptions} testId="connection-fix" tone="primary">
          {t('popup_signInAgain')}
        </ActionButton>
      )}
      {(remedy.kind === 'settings' || remedy.kind === 'restarting') && (
        <ActionButton onClick={openOptions} testId="connection-fix">
          {t('popup_checkSettings')}
        </ActionButton>
      )}
    </div>
  );
}

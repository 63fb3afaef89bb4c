import type { EngineSnapshot, ErrorCode } from '../shared/engine.ts';
import { t } from '../platform/i18n.ts';
import { isMicrophoneDenial } from '../shared/call-errors.ts';
import { ONBOARDING_PATH } from '../shared/extension-pages.ts';

/** The SDK refuses a token it cannot use with 401/441xx: 44111 unreadable, 44113–44116 a claim missing (docs/acs-sdk.md §4). */
function isRejectedToken({ code, subCode = 0 }: ErrorCode): boolean {
  return code === 401 && subCode >= 44100 && subCode < 44200;
}

function connectionText(snapshot: EngineSnapshot | undefined, restarting: boolean): string {
  if (restarting) return t('conn_restarting');
  if (!snapshot) return t('conn_waiting');
  const { connection, connectionReason, lastError } = snapshot;
  // A start refused over its token fails with no connection reason: only the error says why.
  if (connection === 'failed' && lastError && isRejectedToken(lastError)) return t('acs_invalidToken');
  return connection === 'disconnected' && connectionReason ? t(`conn_${connectionReason}`) : t(`conn_${connection}`);
}

interface ConnectionBarProps {
  snapshot: EngineSnapshot | undefined;
  /** The session owner or its calling host is being restarted (shared/session-status.ts). */
  restarting?: boolean;
}

/** Whether calls can be made at all, and whether they are real. */
export function ConnectionBar({ snapshot, restarting = false }: ConnectionBarProps) {
  const connection = restarting ? 'restarting' : (snapshot?.connection ?? 'unknown');
  return (
    <div class="connection" data-testid="connection" data-connection={connection}>
      <span class="connection__dot" aria-hidden="true" />
      <span class="connection__text" role="status">
        {connectionText(snapshot, restarting)}
      </span>
      {snapshot?.engine === 'simulated' && <span class="badge">{t('conn_simulated')}</span>}
      {isMicrophoneDenial(snapshot?.lastError) && (
        <a href={`/${ONBOARDING_PATH}`} target="_blank" data-testid="fix-microphone">
          {t('acs_microphoneBlocked')}
        </a>
      )}
    </div>
  );
}

import type { EngineSnapshot } from '../shared/engine.ts';
import { t } from '../platform/i18n.ts';

function connectionText(snapshot: EngineSnapshot | undefined): string {
  if (!snapshot) return t('conn_waiting');
  const { connection, connectionReason } = snapshot;
  return connection === 'disconnected' && connectionReason ? t(`conn_${connectionReason}`) : t(`conn_${connection}`);
}

/** Whether calls can be made at all, and whether they are real. */
export function ConnectionBar({ snapshot }: { snapshot: EngineSnapshot | undefined }) {
  return (
    <div class="connection" data-testid="connection" data-connection={snapshot?.connection ?? 'unknown'}>
      <span class="connection__dot" aria-hidden="true" />
      <span class="connection__text" role="status">
        {connectionText(snapshot)}
      </span>
      {snapshot?.engine === 'simulated' && <span class="badge">{t('conn_simulated')}</span>}
    </div>
  );
}

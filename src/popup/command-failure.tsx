import type { ReplyError } from '../shared/protocol.ts';
import { t } from '../platform/i18n.ts';
import { explainReplyError } from '../platform/error-words.ts';

interface CommandFailureProps {
  error: ReplyError;
  onClose: () => void;
}

export function CommandFailure({ error, onClose }: CommandFailureProps) {
  const explanation = explainReplyError(error);
  return (
    <div class="failure" role="alert" data-testid="command-failure">
      <p class="failure__text">{t('popup_commandFailed', explanation.reason)}</p>
      {explanation.code && <p class="failure__code">{explanation.code}</p>}
      <button type="button" class="button button--quiet" onClick={onClose}>
        {t('popup_closeMessage')}
      </button>
    </div>
  );
}

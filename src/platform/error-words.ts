// Error codes in words (i18n key error_<kind>), with the code kept for support ("code 603/0").
import type { ErrorCode, TransferSnapshot } from '../shared/engine.ts';
import type { ReplyError } from '../shared/protocol.ts';
import { classifyError, formatErrorCode } from '../shared/call-errors.ts';
import { t } from './i18n.ts';

export interface Explanation {
  reason: string;
  code?: string;
}

function quoteCode(error: ErrorCode): string {
  return t('popup_errorCode', formatErrorCode(error));
}

export function explainTransferFailure(transfer: TransferSnapshot): Explanation {
  if (!transfer.error) return { reason: t('error_unexpected') };
  return { reason: t(`error_${classifyError(transfer.error)}`), code: quoteCode(transfer.error) };
}

/** A refused command: in words when its code is a known one, else in the sender's own message. */
export function explainReplyError(error: ReplyError): Explanation {
  if (error.code === undefined) return { reason: error.message };
  const code: ErrorCode = { code: error.code, subCode: error.subCode };
  const kind = classifyError(code);
  return { reason: kind === 'unexpected' ? error.message : t(`error_${kind}`), code: quoteCode(code) };
}

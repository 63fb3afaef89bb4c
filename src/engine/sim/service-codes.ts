// The codes the simulated SDK and service answer with, each as the real SDK reports it
// (docs/acs-sdk.md, "Codes"). Kept in one place so the model and its documentation agree.
import type { ErrorCode } from '../../shared/engine.ts';

export const SERVICE = {
  /** hold() on a call that is not Connected. */
  holdFailed: { code: 500, subCode: 41033 },
  /** resume() on a call that is not on our hold. */
  resumeFailed: { code: 500, subCode: 41034 },
  /** hangUp() on a call that has already ended. */
  alreadyEnded: { code: 0, subCode: 7015 },
  /** A second CallAgent on a CallClient that has a live one. */
  secondAgent: { code: 400, subCode: 40008 },
  /** accept() on an incoming call that stopped ringing. */
  acceptEnded: { code: 400, subCode: 40110 },
  /** We hung up, or the other side did. */
  endedByUs: { code: 0, subCode: 0 },
  /** The consult call, merged into the transferred one by the service. */
  replaced: { code: 0, subCode: 0 },
  /** The transferor's leg, ended by the service once the transfer was accepted. */
  transferredAway: { code: 0, subCode: 7015 },
  /** An incoming call nobody answered in time. */
  missed: { code: 487, subCode: 10003 },
  callDeclined: { code: 603, subCode: 0 },
  callNotAnswered: { code: 480, subCode: 10037 },
  callTargetNotFound: { code: 404, subCode: 0 },
  declined: { code: 603, subCode: 0 },
  transferTimeout: { code: 408, subCode: 0 },
  targetNotFound: { code: 404, subCode: 0 },
  transferFailed: { code: 500, subCode: 46050 },
} as const satisfies Record<string, ErrorCode>;

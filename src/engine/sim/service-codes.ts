// The codes the simulated SDK and service answer with, each as the real SDK reports it
// (docs/acs-sdk.md §11). Kept in one place so the model and its documentation agree.
import type { ErrorCode } from '../../shared/engine.ts';

export const SERVICE = {
  /** hold() on a call that is not Connected. */
  holdFailed: { code: 500, subCode: 41033 },
  /** resume() on a call that is not on our hold. */
  resumeFailed: { code: 500, subCode: 41034 },
  /** A second CallAgent, for another identity, on a CallClient that has a live one. */
  secondAgent: { code: 400, subCode: 40008 },
  /** accept() on an incoming call that stopped ringing. */
  acceptEnded: { code: 400, subCode: 41006 },
  /** accept() failing before the call starts connecting: it still rings. */
  acceptFailed: { code: 500, subCode: 41005 },
  /** We hung up, or the other side did. */
  endedByUs: { code: 0, subCode: 0 },
  /** The consult call, merged into the transferred one by the service. */
  replaced: { code: 0, subCode: 0 },
  /** The transferor's leg, ended by the service once the transfer was accepted. */
  transferredAway: { code: 0, subCode: 7015 },
  /** An incoming call nobody answered in time. */
  missed: { code: 487, subCode: 10004 },
  callDeclined: { code: 603, subCode: 0 },
  callNotAnswered: { code: 487, subCode: 10004 },
  /** A callee or transfer target with no endpoint registered with ACS. */
  callTargetNotFound: { code: 480, subCode: 10037 },
  declined: { code: 603, subCode: 0 },
  /** The transfer target neither accepted nor declined in time. */
  transferTimeout: { code: 408, subCode: 0 },
  targetNotFound: { code: 480, subCode: 10037 },
  /** The consult call ended before the service could merge the transferred call into it. */
  transferFailed: { code: 480, subCode: 10037 },
} as const satisfies Record<string, ErrorCode>;

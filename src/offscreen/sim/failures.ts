// Human wording for the error codes the simulated engine reports (snapshot.lastError, EngineFailure).
// The views explain errors by kind in the user's language; these messages are for logs and support.
import { EngineFailure, type ErrorCode } from '../../shared/engine.ts';
import { classifyError, type ErrorKind } from '../../shared/call-errors.ts';

const MESSAGES: Record<ErrorKind, string> = {
  notOnHold: 'The transfer was refused at once: the call was not on hold, or the target call was not found.',
  holdFailed: 'The call could not be put on hold: it is not connected.',
  notOneToOne: 'Transfer is not supported in this call: only one-to-one calls can be transferred.',
  unknownTarget: 'The calling service does not recognise the target.',
  invalidTargetType: 'Voicemail transfer needs a Teams user as the target.',
  transferFailed: 'The transfer could not be completed.',
  declined: 'The target declined the call.',
  noAnswer: 'The callee did not answer.',
  transferTimeout: 'The transfer target did not answer within 60 seconds.',
  networkError: 'The network failed during the call.',
  invalidToken: 'The access token is invalid or has expired.',
  disconnected: 'Not connected to the calling service.',
  notFound: 'There is no such call.',
  badState: 'The call cannot do that in its current state.',
  unexpected: 'An unexpected calling error occurred.',
};

export function errorMessage(error: ErrorCode): string {
  return MESSAGES[classifyError(error)];
}

export function failureOf(error: ErrorCode, message = errorMessage(error)): EngineFailure {
  return new EngineFailure(message, error.code, error.subCode);
}

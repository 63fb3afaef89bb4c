// Whether the extension may use the microphone, as one status the onboarding page shows. The
// offscreen document cannot show Chrome's prompt, so a visible extension
// page asks once; the grant held by chrome-extension://<id> then reaches the calling host's frame.

export type MicrophoneStatus =
  /** Not asked yet, or Chrome would ask again. */
  | { kind: 'unasked' }
  | { kind: 'asking' }
  | { kind: 'granted' }
  /** Refused or blocked: only Chrome's settings can undo it, asking again changes nothing. */
  | { kind: 'denied' }
  /** The prompt was closed unanswered: asking again shows it again. */
  | { kind: 'dismissed' }
  | { kind: 'noDevice' }
  | { kind: 'failed'; message: string };

export type MicrophoneKind = MicrophoneStatus['kind'];

/** getUserMedia's side of MediaDevices: the page passes navigator.mediaDevices, tests a fake. */
export interface MediaSource {
  getUserMedia(constraints: MediaStreamConstraints): Promise<{ getTracks(): { stop(): void }[] }>;
}

interface NamedError {
  name: string;
  message: string;
}

function isNamedError(error: unknown): error is NamedError {
  if (typeof error !== 'object' || error === null) return false;
  const { name, message } = error as Partial<NamedError>;
  return typeof name === 'string' && typeof message === 'string';
}

/** What a getUserMedia rejection means for the agent (DOMException names, as Chromium throws them). */
export function statusOfError(error: unknown): MicrophoneStatus {
  if (!isNamedError(error)) return { kind: 'failed', message: String(error) };
  switch (error.name) {
    case 'NotAllowedError':
    case 'SecurityError':
      // Chromium words a closed prompt "Permission dismissed"; a refusal "Permission denied".
      return /dismissed/i.test(error.message) ? { kind: 'dismissed' } : { kind: 'denied' };
    case 'NotFoundError':
    case 'OverconstrainedError':
      return { kind: 'noDevice' };
    default:
      return { kind: 'failed', message: error.message || error.name };
  }
}

/**
 * Asks for the microphone once. The stream only carries the answer, so its tracks stop at once:
 * otherwise the tab would keep recording and show the red dot.
 */
export async function askForMicrophone(media: MediaSource): Promise<MicrophoneStatus> {
  try {
    const stream = await media.getUserMedia({ audio: true });
    for (const track of stream.getTracks()) track.stop();
    return { kind: 'granted' };
  } catch (error) {
    return statusOfError(error);
  }
}

/**
 * The status after Chrome reports the permission changed (the agent fixed it in Chrome's settings,
 * or answered the prompt). 'prompt' says nothing new while we are asking or were just dismissed.
 */
export function followPermission(current: MicrophoneStatus, state: PermissionState): MicrophoneStatus {
  if (state === 'granted') return { kind: 'granted' };
  if (state === 'denied') return { kind: 'denied' };
  return current.kind === 'asking' || current.kind === 'dismissed' ? current : { kind: 'unasked' };
}

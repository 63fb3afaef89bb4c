import { describe, expect, it, vi } from 'vitest';
import { askForMicrophone, followPermission, type MediaSource, type MicrophoneStatus } from '../../../src/onboarding/microphone.ts';
import { isMicrophoneDenial } from '../../../src/shared/call-errors.ts';

function grantingMedia(trackCount: number): { media: MediaSource; stops: ReturnType<typeof vi.fn>[] } {
  const stops = Array.from({ length: trackCount }, () => vi.fn());
  const tracks = stops.map((stop) => ({ stop }));
  return { media: { getUserMedia: async () => ({ getTracks: () => tracks }) }, stops };
}

function refusingMedia(error: unknown): MediaSource {
  return { getUserMedia: () => Promise.reject(error) };
}

describe('asking for the microphone', () => {
  it('reports a grant and releases every track it was given', async () => {
    const { media, stops } = grantingMedia(2);

    expect(await askForMicrophone(media)).toEqual({ kind: 'granted' });
    for (const stop of stops) expect(stop).toHaveBeenCalledOnce();
  });

  it.each<[string, unknown, MicrophoneStatus]>([
    ['a refusal', new DOMException('Permission denied', 'NotAllowedError'), { kind: 'denied' }],
    ['a block by the system', new DOMException('Permission denied by system', 'NotAllowedError'), { kind: 'denied' }],
    ['a prompt closed unanswered', new DOMException('Permission dismissed', 'NotAllowedError'), { kind: 'dismissed' }],
    ['no microphone', new DOMException('Requested device not found', 'NotFoundError'), { kind: 'noDevice' }],
    ['a busy microphone', new DOMException('Could not start audio source', 'NotReadableError'), { kind: 'failed', message: 'Could not start audio source' }],
    ['something that is not an error', 'boom', { kind: 'failed', message: 'boom' }],
  ])('tells %s apart', async (_, error, status) => {
    expect(await askForMicrophone(refusingMedia(error))).toEqual(status);
  });
});

describe('following Chrome’s permission', () => {
  const asking: MicrophoneStatus = { kind: 'asking' };
  const dismissed: MicrophoneStatus = { kind: 'dismissed' };
  const denied: MicrophoneStatus = { kind: 'denied' };

  it.each<[MicrophoneStatus, PermissionState, MicrophoneStatus['kind']]>([
    [denied, 'granted', 'granted'],
    [{ kind: 'granted' }, 'denied', 'denied'],
    [denied, 'prompt', 'unasked'],
    [asking, 'prompt', 'asking'],
    [dismissed, 'prompt', 'dismissed'],
  ])('turns %o with "%s" into %s', (current, state, kind) => {
    expect(followPermission(current, state).kind).toBe(kind);
  });
});

describe('recognising a refused microphone in an engine error', () => {
  it.each([
    ['Permission denied', true],
    ['Permission dismissed', true],
    ['NotAllowedError: the request is not allowed', true],
    ['Microphone access was denied.', true],
    ['The microphone is blocked for this site', true],
    ['Invalid token', false],
    ['No microphone found', false],
    ['The token service refused to issue a token (sign in to it first).', false],
  ])('"%s" → %s', (message, denial) => {
    expect(isMicrophoneDenial({ message })).toBe(denial);
  });

  it('finds nothing without an error', () => {
    expect(isMicrophoneDenial(undefined)).toBe(false);
  });
});

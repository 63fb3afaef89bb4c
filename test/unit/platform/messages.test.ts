// Typed sends (src/platform/messages.ts): the worker's answer is believed only when it parses as
// the reply of the command that was sent, so views neither parse nor cast replies again.
import { beforeEach, describe, expect, it, vi } from 'vitest';

/** What runtime.sendMessage resolves with: the worker's answer, as it arrives. */
const sendMessage = vi.hoisted(() => vi.fn<(message: unknown) => Promise<unknown>>());
vi.mock('../../../src/platform/browser.ts', () => ({ browser: { runtime: { sendMessage } } }));

const { sendCommand, sendToBackground } = await import('../../../src/platform/messages.ts');

const DEVICES = { microphones: [{ id: 'm1', name: 'Headset', isSystemDefault: true }], speakers: [], speakerSelectionAvailable: false };

function workerAnswers(answer: unknown): unknown[] {
  const received: unknown[] = [];
  sendMessage.mockImplementation(async (message) => {
    received.push(message);
    return answer;
  });
  return received;
}

beforeEach(() => sendMessage.mockReset());

describe('sending to the worker', () => {
  it('gives back a reply whose value parses as the command’s reply', async () => {
    workerAnswers({ ok: true, value: DEVICES });
    expect(await sendToBackground({ to: 'background', kind: 'listDevices' })).toEqual({ ok: true, value: DEVICES });
  });

  it('does not believe a malformed value, nor a malformed reply', async () => {
    workerAnswers({ ok: true, value: { microphones: 'all' } });
    expect(await sendToBackground({ to: 'background', kind: 'listDevices' })).toEqual({
      ok: false,
      error: { message: 'The extension gave no answer. Try again.' },
    });
    workerAnswers({ log: 'everything' });
    expect(await sendToBackground({ to: 'background', kind: 'getDiagnostics' })).toMatchObject({ ok: false });
  });

  it('passes a refusal on as it came', async () => {
    workerAnswers({ ok: false, error: { message: 'Request refused.' } });
    expect(await sendToBackground({ to: 'background', kind: 'ensureSession' })).toEqual({ ok: false, error: { message: 'Request refused.' } });
  });
});

describe('sending an engine command', () => {
  it('wraps it for the worker and reads the reply as that command’s', async () => {
    const received = workerAnswers({ ok: true, value: { callId: 'c7' } });
    const reply = await sendCommand({ type: 'startCall', targets: ['4:+14255550123'] });

    expect(received).toEqual([{ to: 'background', kind: 'command', command: { type: 'startCall', targets: ['4:+14255550123'] } }]);
    expect(reply).toEqual({ ok: true, value: { callId: 'c7' } });
  });

  it('refuses a reply that belongs to another command', async () => {
    workerAnswers({ ok: true, value: null });
    expect(await sendCommand({ type: 'startCall', targets: ['4:+14255550123'] })).toMatchObject({ ok: false });
  });
});

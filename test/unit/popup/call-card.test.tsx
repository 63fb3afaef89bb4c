import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { CallCard } from '../../../src/popup/call-card.tsx';
import { call, recordingSend, T0, transfer } from './fixtures.ts';
import { byTestId, click, mount } from './render.ts';

vi.mock('../../../src/platform/browser.ts', async () => (await import('./i18n-stub.ts')).fakeBrowserModule());

describe('a connected call', () => {
  beforeEach(() => vi.useFakeTimers({ now: T0 + 65_000 }));
  afterEach(() => vi.useRealTimers());

  it('shows the party, direction, state in words and a duration that ticks every second', () => {
    const { send } = recordingSend();
    const view = mount(<CallCard call={call()} send={send} isCurrent />);

    expect(view.querySelector('h3')?.textContent).toBe('Ada Lovelace');
    expect(view.textContent).toContain('+44 20 7946 0958');
    expect(view.textContent).toContain('Incoming');
    expect(byTestId(view, 'call-status').textContent).toBe('On call');
    expect(byTestId(view, 'duration').textContent).toBe('1:05');

    void act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(byTestId(view, 'duration').textContent).toBe('1:06');
  });

  it('carries the hooks end-to-end tests read', () => {
    const { send } = recordingSend();
    const card = byTestId(mount(<CallCard call={call({ state: 'LocalHold' })} send={send} />), 'call');

    expect(card.dataset).toMatchObject({ callId: 'call-1', callState: 'LocalHold', transferState: 'none' });
    expect(byTestId(card, 'call-status').textContent).toBe('On hold');
  });

  it('sends hold, mute and hang-up for this call', () => {
    const { send, commands } = recordingSend();
    const view = mount(<CallCard call={call()} send={send} />);

    click(byTestId(view, 'hold'));
    click(byTestId(view, 'mute'));
    click(byTestId(view, 'hangup'));

    expect(commands).toEqual([
      { type: 'hold', callId: 'call-1' },
      { type: 'setMuted', callId: 'call-1', muted: true },
      { type: 'hangUp', callId: 'call-1' },
    ]);
  });

  it('offers resume and unmute on a held, muted call', () => {
    const { send, commands } = recordingSend();
    const view = mount(<CallCard call={call({ state: 'LocalHold', isMuted: true })} send={send} />);

    expect(view.querySelector('[data-testid="hold"]')).toBeNull();
    expect(byTestId(view, 'mute').textContent).toBe('Unmute');
    click(byTestId(view, 'resume'));
    click(byTestId(view, 'mute'));

    expect(commands).toEqual([
      { type: 'resume', callId: 'call-1' },
      { type: 'setMuted', callId: 'call-1', muted: false },
    ]);
  });

  it('leaves hold alone while a transfer is under way, but can still hang up', () => {
    const { send } = recordingSend();
    const view = mount(<CallCard call={call({ state: 'LocalHold', transfer: transfer() })} send={send} />);

    expect(view.querySelector('[data-testid="resume"]')).toBeNull();
    expect(byTestId(view, 'hangup')).toBeTruthy();
  });
});

describe('another call', () => {
  it('offers "Switch to" on a held call: one session command, which holds the current call first', async () => {
    const { send, commands } = recordingSend();
    const held = call({ id: 'call-held', state: 'LocalHold' });
    const view = mount(<CallCard call={held} current={call()} send={send} />);

    expect(view.querySelector('[data-testid="resume"]')).toBeNull();
    click(byTestId(view, 'switch-to'));

    await vi.waitFor(() => expect(commands).toHaveLength(1));
    expect(commands).toEqual([{ type: 'switchTo', callId: 'call-held' }]);
  });
});

describe('an ended call', () => {
  const ended = { state: 'Disconnected', connectedAt: T0, endedAt: T0 + 204_000 } as const;

  it('says it was transferred, and to whom', () => {
    const { send } = recordingSend();
    const transferred = transfer({ state: 'Transferred', target: '4:+442079460958' });
    const view = mount(<CallCard call={call({ ...ended, transfer: transferred })} send={send} />);

    expect(byTestId(view, 'call-status').textContent).toBe('Transferred to +44 20 7946 0958');
    expect(byTestId(view, 'call').dataset.transferState).toBe('Transferred');
  });

  it('says "Ended" with the length of the call, and "Missed" when it never connected', () => {
    const { send } = recordingSend();
    const view = mount(<CallCard call={call(ended)} send={send} />);
    const neverConnected = call({ state: 'Disconnected', connectedAt: undefined, endedAt: T0 });
    const missed = mount(<CallCard call={neverConnected} send={send} />);

    expect(byTestId(view, 'call-status').textContent).toBe('Ended');
    expect(byTestId(view, 'duration').textContent).toBe('3:24');
    expect(byTestId(missed, 'call-status').textContent).toBe('Missed');
  });

  it('has only a Dismiss button, which dismisses this call', () => {
    const { send, commands } = recordingSend();
    const view = mount(<CallCard call={call(ended)} send={send} />);

    expect(view.querySelector('[data-testid="hangup"]')).toBeNull();
    click(byTestId(view, 'dismiss'));

    expect(commands).toEqual([{ type: 'dismiss', callId: 'call-1' }]);
  });
});

describe('a call whose transfer failed', () => {
  it('offers the transfer again, and sends it for this call', () => {
    const { send, commands } = recordingSend();
    const view = mount(<CallCard call={call({ transfer: transfer({ state: 'Failed', error: { code: 480 } }) })} send={send} />);

    click(byTestId(view, 'retry-transfer'));

    expect(byTestId(view, 'retry-transfer').textContent).toBe('Try the transfer again');
    expect(commands).toEqual([{ type: 'retryTransfer', callId: 'call-1' }]);
  });

  it('does not offer it for a transfer into a consult call, nor while the call is not the agent’s to transfer', () => {
    const { send } = recordingSend();
    const intoCall = mount(<CallCard call={call({ transfer: transfer({ state: 'Failed', mode: 'call', target: 'call-2' }) })} send={send} />);
    const ended = mount(<CallCard call={call({ state: 'Disconnected', transfer: transfer({ state: 'Failed' }) })} send={send} />);

    expect(intoCall.querySelector('[data-testid="retry-transfer"]')).toBeNull();
    expect(ended.querySelector('[data-testid="retry-transfer"]')).toBeNull();
  });
});

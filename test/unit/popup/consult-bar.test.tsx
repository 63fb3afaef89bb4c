import { describe, expect, it, vi } from 'vitest';
import { Popup } from '../../../src/popup/popup.tsx';
import type { CallSnapshot } from '../../../src/shared/engine.ts';
import { call, popupProps, recordingSend, settings, snapshot, TEAMS_USER, transfer } from './fixtures.ts';
import { byTestId, click, mount } from './render.ts';

vi.mock('../../../src/platform/browser.ts', async () => (await import('./i18n-stub.ts')).fakeBrowserModule());

const SAM = { rawId: TEAMS_USER, displayName: 'Sam Patel' };
const original = call({ id: 'call-1', state: 'LocalHold' });
const answered = call({ id: 'call-2', direction: 'Outgoing', remote: [SAM] });

function renderConsole(calls: CallSnapshot[]) {
  const { send, commands } = recordingSend();
  const view = mount(<Popup {...popupProps({ snapshot: snapshot({ calls }), settings: settings({ hangUpAfterTransfer: false }), send })} />);
  return { view, commands, bar: () => byTestId(view, 'consult-bar') };
}

describe('the consult bar', () => {
  it('shows both calls of a consult, from the snapshot alone, instead of the transfer panel', () => {
    const { view, bar } = renderConsole([original, answered]);

    const rows = [...bar().querySelectorAll<HTMLElement>('.consult__row')];
    expect(rows.map((row) => [row.dataset.callId, row.querySelector('dd')?.textContent])).toEqual([
      ['call-1', 'Ada Lovelace On hold'],
      ['call-2', 'Sam Patel On call'],
    ]);
    expect(byTestId(view, 'current-call').dataset.callId).toBe('call-2');
    expect(view.querySelector('[data-testid="transfer-panel"]')).toBeNull();
  });

  it('completes with one session command naming both calls', () => {
    const { bar, commands } = renderConsole([original, answered]);

    click(byTestId(bar(), 'consult-complete'));

    expect(commands).toEqual([{ type: 'completeConsult', callId: 'call-1', consultCallId: 'call-2' }]);
  });

  it('switches to the held original with one session command', async () => {
    const { bar, commands } = renderConsole([original, answered]);

    click(byTestId(bar(), 'consult-switch'));

    await vi.waitFor(() => expect(commands).toHaveLength(1));
    expect(commands).toEqual([{ type: 'switchTo', callId: 'call-1' }]);
  });

  it('cancels with one session command naming both calls', async () => {
    const { bar, commands } = renderConsole([original, answered]);

    click(byTestId(bar(), 'consult-cancel'));

    await vi.waitFor(() => expect(commands).toHaveLength(1));
    expect(commands).toEqual([{ type: 'cancelConsult', callId: 'call-1', consultCallId: 'call-2' }]);
  });

  it('waits for the target to answer before it can complete or switch, but can cancel', () => {
    const ringing = { ...answered, state: 'Ringing' as const, connectedAt: undefined };
    const { bar } = renderConsole([original, ringing]);

    expect(byTestId<HTMLButtonElement>(bar(), 'consult-complete').disabled).toBe(true);
    expect(byTestId<HTMLButtonElement>(bar(), 'consult-switch').disabled).toBe(true);
    expect(byTestId<HTMLButtonElement>(bar(), 'consult-cancel').disabled).toBe(false);
  });

  it('says the transfer is completing, and offers nothing more meanwhile', () => {
    const completing = { ...original, transfer: transfer({ mode: 'call', target: 'call-2' }) };
    const { bar } = renderConsole([completing, answered]);

    expect(bar().querySelector('.consult__status')?.textContent).toBe('Completing the transfer…');
    expect(bar().querySelector('button')).toBeNull();
  });

  it('goes once the consult call has ended, leaving the original to resume', () => {
    const declined = { ...answered, state: 'Disconnected' as const, endedAt: answered.startedAt };
    const { view } = renderConsole([original, declined]);

    expect(view.querySelector('[data-testid="consult-bar"]')).toBeNull();
    expect(byTestId(byTestId(view, 'current-call'), 'resume')).toBeTruthy();
  });
});

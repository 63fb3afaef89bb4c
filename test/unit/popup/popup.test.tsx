import { describe, expect, it, vi } from 'vitest';
import { Popup } from '../../../src/popup/popup.tsx';
import type { Reply } from '../../../src/shared/protocol.ts';
import { call, popupProps, recordingSend, snapshot, T0, transfer } from './fixtures.ts';
import { byTestId, click, mount, rerender, typeInto } from './render.ts';

vi.mock('../../../src/platform/browser.ts', async () => (await import('./i18n-stub.ts')).fakeBrowserModule());

describe('the connection bar', () => {
  it('waits for the first snapshot', () => {
    const bar = byTestId(mount(<Popup {...popupProps({ snapshot: undefined })} />), 'connection');

    expect(bar.dataset.connection).toBe('unknown');
    expect(bar.textContent).toBe('Waiting for the calling service…');
  });

  it.each([
    ['Connected', snapshot(), true],
    ['Starting…', snapshot({ engine: 'acs', connection: 'starting' }), false],
    ['Sign-in expired', snapshot({ engine: 'acs', connection: 'disconnected', connectionReason: 'invalidToken' }), false],
    ['Connection lost, reconnecting…', snapshot({ connection: 'disconnected', connectionReason: 'connectionIssue' }), true],
  ])('shows "%s"', (text, state, isSimulated) => {
    const bar = byTestId(mount(<Popup {...popupProps({ snapshot: state })} />), 'connection');

    expect(bar.dataset.connection).toBe(state.connection);
    expect(bar.querySelector('[role="status"]')?.textContent).toBe(text);
    expect(bar.querySelector('.badge')?.textContent).toBe(isSimulated ? 'Simulated' : undefined);
  });
});

describe('the console', () => {
  it('offers dialling and the simulator while no call is live', () => {
    const { send, commands } = recordingSend();
    const view = mount(<Popup {...popupProps({ send })} />);

    typeInto(byTestId(view, 'dial-target'), '+44 20 7946 0958');
    click(byTestId(view, 'dial'));
    click(byTestId(view, 'demo-call'));
    click(byTestId(view, 'simulate-incomingTransfer'));

    expect(commands).toEqual([
      { type: 'startCall', targets: ['4:+442079460958'] },
      { type: 'simulate', scenario: 'demoCall' },
      { type: 'simulate', scenario: 'incomingTransfer' },
    ]);
  });

  it('offers no simulator with the ACS engine', () => {
    const view = mount(<Popup {...popupProps({ snapshot: snapshot({ engine: 'acs' }) })} />);

    expect(view.querySelector('[data-testid="demo-call"]')).toBeNull();
  });

  it('puts the current call first with the transfer panel, and lists the other calls', () => {
    const ended = call({ id: 'call-ended', state: 'Disconnected', endedAt: T0 });
    const view = mount(<Popup {...popupProps({ snapshot: snapshot({ calls: [ended, call()] }) })} />);

    const current = byTestId(view, 'current-call');
    expect(current.dataset).toMatchObject({ callId: 'call-1', callState: 'Connected', transferState: 'none' });
    expect(byTestId(current, 'transfer-target')).toBeTruthy();
    expect([...view.querySelectorAll<HTMLElement>('[data-testid="call"]')].map((card) => card.dataset.callId)).toEqual([
      'call-1',
      'call-ended',
    ]);
  });

  it('puts how the last call ended above the dial box while no call is live', () => {
    const transferred = call({ state: 'Disconnected', endedAt: T0, transfer: transfer({ state: 'Transferred' }) });
    const view = mount(<Popup {...popupProps({ snapshot: snapshot({ calls: [transferred] }) })} />);

    const sections = [...view.querySelectorAll('main > section')];
    expect(sections.map((section) => section.querySelector('h2')?.textContent)).toEqual(['Recent calls', 'No call in progress']);
    expect(byTestId(sections[0] as HTMLElement, 'call-status').textContent).toBe('Transferred to +44 20 7946 0000');
  });

  it('hides the transfer panel while a transfer is under way', () => {
    const transferring = call({ state: 'LocalHold', transfer: transfer() });
    const view = mount(<Popup {...popupProps({ snapshot: snapshot({ calls: [transferring] }) })} />);

    expect(byTestId(view, 'current-call').dataset.transferState).toBe('Transferring');
    expect(view.querySelector('[data-testid="transfer-target"]')).toBeNull();
  });

  it('keeps keyboard focus in the console when the transfer panel goes away', () => {
    const props = popupProps({ snapshot: snapshot({ calls: [call()] }) });
    const view = mount(<Popup {...props} />);
    byTestId(view, 'transfer-target').focus();

    const transferring = snapshot({ rev: 2, calls: [call({ state: 'LocalHold', transfer: transfer() })] });
    rerender(view, <Popup {...props} snapshot={transferring} />);

    expect(document.activeElement).toBe(view.querySelector('main'));
  });

  it('opens the options page', () => {
    const openOptions = vi.fn();
    const view = mount(<Popup {...popupProps({ openOptions })} />);

    click(byTestId(view, 'open-options'));

    expect(openOptions).toHaveBeenCalledOnce();
  });
});

describe('a refused command', () => {
  async function refuse(reply: Reply): Promise<HTMLElement> {
    const props = popupProps({ snapshot: snapshot({ calls: [call()] }), send: recordingSend(reply).send });
    const view = mount(<Popup {...props} />);
    click(byTestId(view, 'hold'));
    return vi.waitFor(() => byTestId(view, 'command-failure'));
  }

  it('is explained in words, with its code', async () => {
    const alert = await refuse({ ok: false, error: { message: 'hold failed', code: 500, subCode: 41033 } });

    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain('That did not work: The call could not be put on hold');
    expect(alert.textContent).toContain('code 500/41033');
  });

  it('falls back to the message it came with, and can be closed', async () => {
    const alert = await refuse({ ok: false, error: { message: 'The extension gave no answer. Try again.' } });

    expect(alert.textContent).toContain('That did not work: The extension gave no answer. Try again.');
    click(alert.querySelector('button') as HTMLElement);
    expect(alert.isConnected).toBe(false);
  });
});

describe('the live region', () => {
  it('announces changes between snapshots', () => {
    const props = popupProps({ snapshot: snapshot({ calls: [call({ transfer: transfer() })] }) });
    const view = mount(<Popup {...props} />);
    expect(byTestId(view, 'announcer').textContent).toBe('');

    const failed = transfer({ state: 'Failed', error: { code: 408, subCode: 0 } });
    rerender(view, <Popup {...props} snapshot={snapshot({ rev: 2, calls: [call({ transfer: failed })] })} />);

    const announcer = byTestId(view, 'announcer');
    expect(announcer.getAttribute('aria-live')).toBe('polite');
    expect(announcer.textContent).toBe('Transfer failed: The target did not answer within 60 seconds');
  });
});

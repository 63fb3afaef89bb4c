// What the popup shows of the session owner itself: restarting (no ghost calls), and settings
// that wait for the current call to end.
import { describe, expect, it, vi } from 'vitest';
import { Popup } from '../../../src/popup/popup.tsx';
import { call, popupProps, snapshot } from './fixtures.ts';
import { byTestId, mount } from './render.ts';

vi.mock('../../../src/platform/browser.ts', async () => (await import('./i18n-stub.ts')).fakeBrowserModule());

const onCall = snapshot({ calls: [call()] });

describe('a session that stopped answering', () => {
  it('shows calling as restarting and none of the calls of its last snapshot', () => {
    const view = mount(<Popup {...popupProps({ snapshot: onCall, session: { settingsPending: false, restartingSince: 1 } })} />);

    expect(byTestId(view, 'connection').dataset.connection).toBe('restarting');
    expect(byTestId(view, 'connection').textContent).toContain('Calling is restarting…');
    expect(byTestId(view, 'connection-notice').dataset.remedy).toBe('restarting');
    expect(view.querySelector('[data-testid="current-call"]')).toBeNull();
    expect(view.querySelector('[data-testid="hangup"]')).toBeNull();
  });

  it('shows a lost calling host as restarting too', () => {
    const lastError = { code: 503, message: 'Calling host unreachable', origin: 'engine' as const, at: 1 };
    const view = mount(<Popup {...popupProps({ snapshot: snapshot({ engine: 'acs', connection: 'failed', lastError }) })} />);

    expect(byTestId(view, 'connection').dataset.connection).toBe('restarting');
    expect(byTestId(view, 'connection-notice').dataset.remedy).toBe('restarting');
  });

  it('is not shown for a host that refused the sign-in', () => {
    const lastError = { code: 401, subCode: 44111, message: 'Token refused', origin: 'sdk' as const, at: 1 };
    const view = mount(<Popup {...popupProps({ snapshot: snapshot({ engine: 'acs', connection: 'failed', lastError }) })} />);

    expect(byTestId(view, 'connection').dataset.connection).toBe('failed');
  });
});

describe('settings saved during a call', () => {
  it('say that they apply after the current call, while the call goes on', () => {
    const view = mount(<Popup {...popupProps({ snapshot: onCall, session: { settingsPending: true } })} />);

    expect(byTestId(view, 'settings-pending').textContent).toBe('The new settings apply after the current call.');
    expect(byTestId(view, 'current-call')).toBeTruthy();
  });

  it('say nothing once applied', () => {
    const view = mount(<Popup {...popupProps({ snapshot: onCall })} />);

    expect(view.querySelector('[data-testid="settings-pending"]')).toBeNull();
  });
});

import { describe, expect, it, vi } from 'vitest';
import { Popup } from '../../../src/popup/popup.tsx';
import type { EngineSnapshot } from '../../../src/shared/engine.ts';
import { popupProps, recordingSend, snapshot } from './fixtures.ts';
import { byTestId, click, mount } from './render.ts';

vi.mock('../../../src/platform/browser.ts', async () => (await import('./i18n-stub.ts')).fakeBrowserModule());

function renderNotice(state: EngineSnapshot) {
  const { send, commands } = recordingSend();
  const openOptions = vi.fn();
  const view = mount(<Popup {...popupProps({ snapshot: state, send, openOptions })} />);
  return { view, commands, openOptions, notice: () => view.querySelector<HTMLElement>('[data-testid="connection-notice"]') };
}

describe('the connection notice', () => {
  it('stays away while connected or starting', () => {
    expect(renderNotice(snapshot()).notice()).toBeNull();
    expect(renderNotice(snapshot({ connection: 'starting' })).notice()).toBeNull();
  });

  it('offers to sign in again after the token expired, from the options page with ACS', () => {
    const acs = renderNotice(snapshot({ engine: 'acs', connection: 'disconnected', connectionReason: 'invalidToken' }));

    const fix = byTestId(acs.notice() as HTMLElement, 'connection-fix');
    expect(acs.notice()?.textContent).toContain('Your sign-in has expired');
    expect(fix.textContent).toBe('Sign in again');
    click(fix);

    expect(acs.openOptions).toHaveBeenCalledOnce();
    expect(acs.commands).toEqual([]);
  });

  it('says the simulator is signing in again by itself, with nothing to press', () => {
    const sim = renderNotice(snapshot({ connection: 'disconnected', connectionReason: 'invalidToken' }));

    expect(sim.notice()?.dataset.remedy).toBe('wait');
    expect(sim.notice()?.textContent).toContain('Signing in again');
    expect(sim.notice()?.querySelector('button')).toBeNull();
  });

  it('says a dropped connection is reconnecting by itself, with nothing to press', () => {
    const { notice } = renderNotice(snapshot({ connection: 'disconnected', connectionReason: 'connectionIssue' }));

    expect(notice()?.dataset.remedy).toBe('wait');
    expect(notice()?.textContent).toContain('Reconnecting by itself');
    expect(notice()?.querySelector('button')).toBeNull();
  });

  it.each([
    ['a failed start', snapshot({ engine: 'acs', connection: 'failed' }), 'Could not connect to the calling service'],
    ['a disconnection without a reason', snapshot({ engine: 'acs', connection: 'disconnected' }), 'Not connected'],
  ])('sends the agent to the settings after %s', (_, state, text) => {
    const { notice, openOptions } = renderNotice(state);

    expect(notice()?.textContent).toContain(text);
    click(byTestId(notice() as HTMLElement, 'connection-fix'));
    expect(openOptions).toHaveBeenCalledOnce();
  });
});

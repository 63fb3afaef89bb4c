// The popup's side of onboarding: a rejected token and a blocked microphone said in words, the
// latter with the way to the onboarding page that fixes it.
import { describe, expect, it, vi } from 'vitest';
import { ConnectionBar } from '../../../src/popup/connection-bar.tsx';
import type { EngineError } from '../../../src/shared/engine.ts';
import { snapshot } from '../popup/fixtures.ts';
import { mount } from '../popup/render.ts';

vi.mock('../../../src/platform/browser.ts', async () => (await import('../popup/i18n-stub.ts')).fakeBrowserModule());

function sdkError(code: number, subCode: number, message: string): EngineError {
  return { code, subCode, message, origin: 'sdk', at: 0 };
}

const status = (view: HTMLElement) => view.querySelector('[role="status"]')?.textContent;
const microphoneFix = (view: HTMLElement) => view.querySelector<HTMLAnchorElement>('[data-testid="fix-microphone"]');

describe('the connection bar', () => {
  it.each([
    ['an unreadable token', sdkError(401, 44111, 'Invalid token')],
    ['a token without the voip scope', sdkError(401, 44113, 'Invalid token scope')],
  ])('says "Invalid token" when the start failed on %s', (_, lastError) => {
    const view = mount(<ConnectionBar snapshot={snapshot({ engine: 'acs', connection: 'failed', lastError })} />);

    expect(status(view)).toBe('Invalid token');
  });

  it('keeps its words for a failure that was not the token, and for an old token error once connected', () => {
    const unreachable = sdkError(503, 0, 'Calling host unreachable');
    const failed = mount(<ConnectionBar snapshot={snapshot({ engine: 'acs', connection: 'failed', lastError: unreachable })} />);
    const oldToken = sdkError(401, 44111, 'Invalid token');
    const connected = mount(<ConnectionBar snapshot={snapshot({ engine: 'acs', connection: 'connected', lastError: oldToken })} />);

    expect(status(failed)).toBe('Could not connect');
    expect(status(connected)).toBe('Connected');
  });

  it('links a blocked microphone to the onboarding page, in a new tab', () => {
    const lastError: EngineError = { code: 500, message: 'Permission denied', origin: 'engine', at: 0 };
    const link = microphoneFix(mount(<ConnectionBar snapshot={snapshot({ engine: 'acs', lastError })} />));

    expect(link?.textContent).toBe('Microphone blocked — fix it');
    expect(link?.getAttribute('href')).toBe('/src/onboarding/index.html');
    expect(link?.target).toBe('_blank');
  });

  it('offers no microphone fix for other errors', () => {
    const view = mount(<ConnectionBar snapshot={snapshot({ engine: 'acs', lastError: sdkError(401, 44111, 'Invalid token') })} />);

    expect(microphoneFix(view)).toBeNull();
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TransferTimeline } from '../../../src/popup/transfer-timeline.tsx';
import { TEAMS_USER, transfer } from './fixtures.ts';
import { mount } from './render.ts';

vi.mock('../../../src/platform/browser.ts', async () => (await import('./i18n-stub.ts')).fakeBrowserModule());

function steps(view: HTMLElement): string[] {
  return [...view.querySelectorAll('li')].map((step) => step.textContent ?? '');
}

describe('the transfer timeline', () => {
  // Clock times are shown in local time: pin the zone so the expected text holds on any machine.
  beforeEach(() => vi.stubEnv('TZ', 'UTC'));
  afterEach(() => vi.unstubAllEnvs());

  it('shows a transfer under way as started and waiting for the target', () => {
    const view = mount(<TransferTimeline transfer={transfer()} />);

    const [started, waiting] = steps(view);
    expect(started).toMatch(/^Transfer to \+44 20 7946 0000 started 09:31:00$/);
    expect(waiting).toBe('Waiting for the target to answer…');
    expect(view.querySelector('.timeline__pulse')).not.toBeNull();
  });

  it('shows a completed transfer with its time', () => {
    const transferred = transfer({ state: 'Transferred', updatedAt: Date.UTC(2026, 10, 25, 9, 31, 12) });
    const view = mount(<TransferTimeline transfer={transferred} />);

    expect(steps(view)[1]).toBe('Transferred to +44 20 7946 0000 09:31:12');
  });

  it('explains a failure in words and keeps the code for support', () => {
    const declined = transfer({ state: 'Failed', error: { code: 603, subCode: 0 } });
    const view = mount(<TransferTimeline transfer={declined} />);

    const failed = view.querySelector('.timeline__step--failed');
    expect(failed?.querySelector('.timeline__title')?.textContent).toBe('Transfer failed');
    expect(failed?.querySelector('.timeline__detail')?.textContent).toBe('The target declined the call');
    expect(failed?.querySelector('.timeline__code')?.textContent).toBe('code 603/0');
  });

  it.each([
    [{ code: 408, subCode: 0 }, 'The target did not answer within 60 seconds', 'code 408/0'],
    [{ code: 400, subCode: 46053 }, 'Voicemail works only for Teams users', 'code 400/46053'],
    [{ code: 0 }, 'The call was not on hold when the transfer started', 'code 0/0'],
    [{ code: 487, subCode: 10 }, 'Unexpected error', 'code 487/10'],
  ])('explains %o', (error, reason, code) => {
    const view = mount(<TransferTimeline transfer={transfer({ state: 'Failed', error })} />);

    expect(view.querySelector('.timeline__detail')?.textContent).toBe(reason);
    expect(view.querySelector('.timeline__code')?.textContent).toBe(code);
  });

  it('names the voicemail it went to', () => {
    const voicemail = transfer({ mode: 'voicemail', target: TEAMS_USER, state: 'Transferred' });
    const view = mount(<TransferTimeline transfer={voicemail} />);

    expect(steps(view)[1]).toContain(`Transferred to the voicemail of ${TEAMS_USER.slice(0, 24)}…`);
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CallSnapshot, TransferSnapshot } from '../../../src/shared/engine.ts';
import { TransferTimeline } from '../../../src/popup/transfer-timeline.tsx';
import { call, T0, TEAMS_USER, transfer } from './fixtures.ts';
import { mount } from './render.ts';

vi.mock('../../../src/platform/browser.ts', async () => (await import('./i18n-stub.ts')).fakeBrowserModule());

const REQUESTED_AT = T0 + 59_000;

function timeline(shown: TransferSnapshot | undefined, of: CallSnapshot = call({ state: 'LocalHold' })) {
  const model = { mode: shown?.mode ?? 'participant', target: shown?.target ?? '4:+442079460000', requestedAt: REQUESTED_AT, transfer: shown };
  return mount(<TransferTimeline model={model} call={of} />);
}

function steps(view: HTMLElement): [string | undefined, string][] {
  return [...view.querySelectorAll<HTMLElement>('li')].map((step) => [step.dataset.step, step.textContent ?? '']);
}

describe('the transfer timeline', () => {
  // Clock times are shown in local time: pin the zone so the expected text holds on any machine.
  beforeEach(() => vi.stubEnv('TZ', 'UTC'));
  afterEach(() => vi.unstubAllEnvs());

  it('starts when the agent asked, while the engine is still holding the call', () => {
    expect(steps(timeline(undefined))).toEqual([
      ['requested', 'Transfer to +44 20 7946 0000 requested 09:30:59'],
      ['transferring', 'Putting the call on hold…'],
    ]);
  });

  it('waits for the target while Transferring', () => {
    const view = timeline(transfer());

    expect(steps(view)[1]).toEqual(['transferring', 'Waiting for the target to answer…']);
    expect(view.querySelector('.timeline__pulse')).not.toBeNull();
  });

  it('shows a completed transfer with its time', () => {
    const transferred = transfer({ state: 'Transferred', updatedAt: Date.UTC(2026, 10, 25, 9, 31, 12) });

    expect(steps(timeline(transferred))[1]).toEqual(['transferred', 'Transferred to +44 20 7946 0000 09:31:12']);
  });

  it('explains a failure in words, keeps the code for support, and says the agent is back on the call', () => {
    const declined = transfer({ state: 'Failed', error: { code: 603, subCode: 0 } });
    const failed = timeline(declined, call()).querySelector('[data-step="failed"]');

    expect(failed?.querySelector('.timeline__title')?.textContent).toBe('Transfer failed');
    expect(failed?.querySelector('.timeline__detail')?.textContent).toBe('The target declined the call');
    expect(failed?.querySelector('.timeline__code')?.textContent).toBe('code 603/0');
    expect(failed?.querySelector('[data-testid="back-on-call"]')?.textContent).toBe('You are back on the call with Ada Lovelace');
  });

  it('does not claim the agent is back while the call is still on hold', () => {
    const declined = transfer({ state: 'Failed', error: { code: 603, subCode: 0 } });

    expect(timeline(declined).querySelector('[data-testid="back-on-call"]')).toBeNull();
  });

  it.each([
    [{ code: 408, subCode: 0 }, 'The target did not answer within 60 seconds', 'code 408/0'],
    [{ code: 400, subCode: 46053 }, 'Voicemail works only for Teams users', 'code 400/46053'],
    [{ code: 0 }, 'The calling service refused the transfer at once', 'code 0/0'],
    [{ code: 0, subCode: 0, reason: 'notOnHold' as const }, 'Refused at once: the call was not on hold', 'code 0/0'],
    [{ code: 0, subCode: 0, reason: 'consultCallGone' as const }, 'Refused at once: the consult call has ended', 'code 0/0'],
    [{ code: 0, subCode: 0, reason: 'callEnded' as const }, 'The call ended before the transfer completed', 'code 0/0'],
    [{ code: 480, subCode: 10037 }, 'The calling service does not know the target', 'code 480/10037'],
    [{ code: 487, subCode: 10 }, 'The call was cancelled before it was answered', 'code 487/10'],
    [{ code: 486, subCode: 560486 }, 'The target is busy', 'code 486/560486'],
    [{ code: 999, subCode: 1 }, 'Unexpected error', 'code 999/1'],
  ])('explains %o', (error, reason, code) => {
    const view = timeline(transfer({ state: 'Failed', error }));

    expect(view.querySelector('.timeline__detail')?.textContent).toBe(reason);
    expect(view.querySelector('.timeline__code')?.textContent).toBe(code);
  });

  it('names the voicemail it went to', () => {
    const voicemail = transfer({ mode: 'voicemail', target: TEAMS_USER, state: 'Transferred' });

    expect(steps(timeline(voicemail))[0]?.[1]).toContain(`Transfer to the voicemail of ${TEAMS_USER.slice(0, 24)}…`);
    expect(steps(timeline(voicemail))[1]?.[1]).toContain(`Transferred to the voicemail of ${TEAMS_USER.slice(0, 24)}…`);
  });
});

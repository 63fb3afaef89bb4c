import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup } from '../../../src/popup/popup.tsx';
import { RECENT_TARGETS_KEY } from '../../../src/popup/recent-targets.ts';
import type { Reply } from '../../../src/shared/protocol.ts';
import { call, CUSTOMER, fakeSources, popupProps, recordingSend, snapshot, T0, TEAMS_USER, transfer } from './fixtures.ts';
import { byTestId, click, mount, rerender, submitFrom, typeInto } from './render.ts';

vi.mock('../../../src/platform/browser.ts', async () => (await import('./i18n-stub.ts')).fakeBrowserModule());

const SAM = { rawId: TEAMS_USER, display: 'Sam Patel' };
const REMEMBERED = { rawId: '4:+442079460321', display: '+44 20 7946 0321' };

function chips(view: HTMLElement, list: string): string[] {
  return [...byTestId(view, list).querySelectorAll('[data-testid="pick-target"]')].map((chip) => chip.textContent ?? '');
}

describe('the pick lists of the console', () => {
  it('offer the targets of the current tab and the stored recent ones', async () => {
    const { sources } = fakeSources([SAM], { [RECENT_TARGETS_KEY]: [REMEMBERED] });
    const view = mount(<Popup {...popupProps({ snapshot: snapshot({ calls: [call()] }), sources })} />);

    await vi.waitFor(() => expect(chips(view, 'pick-recent')).toEqual(['+44 20 7946 0321']));
    expect(chips(view, 'pick-page')).toEqual(['Sam Patel']);
  });

  it('remember a target the engine took, by the name the page gives it', async () => {
    const { sources, items } = fakeSources([SAM], { [RECENT_TARGETS_KEY]: [REMEMBERED] });
    const view = mount(<Popup {...popupProps({ snapshot: snapshot({ calls: [call()] }), sources })} />);
    await vi.waitFor(() => byTestId(view, 'pick-page'));

    click(byTestId(view, 'pick-page').querySelector('button') as HTMLElement);
    click(byTestId(view, 'transfer-consult'));

    await vi.waitFor(() => expect(items[RECENT_TARGETS_KEY]).toEqual([SAM, REMEMBERED]));
  });

  it('remember numbers the agent dialled', async () => {
    const { sources, items } = fakeSources();
    const view = mount(<Popup {...popupProps({ sources })} />);

    typeInto(byTestId(view, 'dial-target'), '+44 20 7946 0321');
    submitFrom(byTestId(view, 'dial-target'));

    await vi.waitFor(() => expect(items[RECENT_TARGETS_KEY]).toEqual([REMEMBERED]));
  });

  it('leave out the party of the call being transferred', async () => {
    const caller = { rawId: CUSTOMER.rawId, display: 'Ada Lovelace (mobile)' };
    const { sources } = fakeSources([caller, SAM], { [RECENT_TARGETS_KEY]: [caller, REMEMBERED] });
    const view = mount(<Popup {...popupProps({ snapshot: snapshot({ calls: [call()] }), sources })} />);

    await vi.waitFor(() => expect(chips(view, 'pick-recent')).toEqual(['+44 20 7946 0321']));
    expect(chips(view, 'pick-page')).toEqual(['Sam Patel']);
  });

  it('do not remember a target the engine refused', async () => {
    const { sources, items } = fakeSources();
    const refused: Reply = { ok: false, error: { message: 'Request refused.' } };
    const view = mount(<Popup {...popupProps({ sources, send: recordingSend(refused).send })} />);

    typeInto(byTestId(view, 'dial-target'), '+44 20 7946 0958');
    submitFrom(byTestId(view, 'dial-target'));

    await vi.waitFor(() => byTestId(view, 'command-failure'));
    expect(items[RECENT_TARGETS_KEY]).toBeUndefined();
  });
});

describe('a transfer requested from the console', () => {
  afterEach(() => vi.useRealTimers());

  const REQUESTED_AT = T0 + 42_000;

  function requestTransfer(reply?: Reply) {
    vi.useFakeTimers({ now: REQUESTED_AT, toFake: ['Date'] });
    const props = popupProps({ snapshot: snapshot({ calls: [call()] }), send: recordingSend(reply).send });
    const view = mount(<Popup {...props} />);
    typeInto(byTestId(view, 'transfer-target'), '+44 20 7946 0000');
    click(byTestId(view, 'transfer-blind'));
    return { view, props };
  }

  it('shows at once that it was requested, and offers no second transfer meanwhile', () => {
    const { view } = requestTransfer();

    const steps = [...byTestId(view, 'transfer-timeline').querySelectorAll<HTMLElement>('li')];
    expect(steps.map((step) => step.dataset.step)).toEqual(['requested', 'transferring']);
    expect(steps[0]?.querySelector('time')?.dateTime).toBe(new Date(REQUESTED_AT).toISOString());
    expect(view.querySelector('[data-testid="transfer-panel"]')).toBeNull();
  });

  it('keeps the time of the request once the engine reports the transfer', () => {
    const { view, props } = requestTransfer();

    const reported = call({ state: 'LocalHold', transfer: transfer({ startedAt: REQUESTED_AT + 300 }) });
    rerender(view, <Popup {...props} snapshot={snapshot({ rev: 2, calls: [reported] })} />);

    const requested = byTestId(view, 'transfer-timeline').querySelector('[data-step="requested"] time') as HTMLTimeElement;
    expect(requested.dateTime).toBe(new Date(REQUESTED_AT).toISOString());
  });

  it('is forgotten when the command is refused, so the agent can try again', async () => {
    const { view } = requestTransfer({ ok: false, error: { message: 'Request refused.' } });

    await vi.waitFor(() => byTestId(view, 'transfer-panel'));
    expect(view.querySelector('[data-testid="transfer-timeline"]')).toBeNull();
  });
});

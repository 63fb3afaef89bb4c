import { describe, expect, it, vi } from 'vitest';
import { CurrentCall } from '../../../src/popup/current-call.tsx';
import type { PickLists } from '../../../src/popup/pick-lists.ts';
import { call, recordingSend, settings, TEAMS_USER, transfer } from './fixtures.ts';
import { byTestId, click, mount, rerender, submitFrom, typeInto } from './render.ts';

vi.mock('../../../src/platform/browser.ts', async () => (await import('./i18n-stub.ts')).fakeBrowserModule());

const NO_PICKS: PickLists = { page: [], recent: [] };

function renderPanel(overrides: Parameters<typeof settings>[0] = {}, lists: PickLists = NO_PICKS) {
  const recorder = recordingSend();
  const props = { pair: undefined, timeline: undefined, lists, send: recorder.send };
  const view = mount(<CurrentCall call={call()} settings={settings(overrides)} {...props} />);
  return {
    ...recorder,
    view,
    input: byTestId<HTMLInputElement>(view, 'transfer-target'),
    hint: () => byTestId(view, 'transfer-target-hint').textContent,
    transferButton: byTestId<HTMLButtonElement>(view, 'transfer-blind'),
    voicemailButton: byTestId<HTMLButtonElement>(view, 'transfer-voicemail'),
  };
}

describe('the transfer panel of the current call', () => {
  it('shows the normalised number while the agent types, and enables Transfer', () => {
    const panel = renderPanel({ defaultCountry: 'GB' });

    typeInto(panel.input, '020 7946 0958');

    expect(panel.hint()).toBe('→ +44 20 7946 0958');
    expect(panel.input.getAttribute('aria-invalid')).toBe('false');
    expect(panel.transferButton.disabled).toBe(false);
    expect(panel.voicemailButton.disabled).toBe(true);
  });

  it('says what is wrong with text that is not a target, and disables both buttons', () => {
    const panel = renderPanel();

    typeInto(panel.input, 'order 1234');

    expect(panel.hint()).toBe('Not a phone number or ACS/Teams id');
    expect(panel.input.getAttribute('aria-invalid')).toBe('true');
    expect(panel.transferButton.disabled).toBe(true);
    expect(panel.voicemailButton.disabled).toBe(true);
  });

  it('says nothing about an empty field', () => {
    const panel = renderPanel();

    expect(panel.hint()).toBe('');
    expect(panel.transferButton.disabled).toBe(true);
  });

  it('reads national numbers with the region of the browser language when the country is "Browser default"', () => {
    const panel = renderPanel({ defaultCountry: '' });

    typeInto(panel.input, '020 7946 0958');

    expect(panel.hint()).toBe('→ +44 20 7946 0958');
  });

  it('enables Voicemail only for a Teams user', () => {
    const panel = renderPanel();

    typeInto(panel.input, TEAMS_USER);
    expect(panel.voicemailButton.disabled).toBe(false);

    typeInto(panel.input, '8:acs:1b2c3d4e_00000020-aaaa');
    expect(panel.transferButton.disabled).toBe(false);
    expect(panel.voicemailButton.disabled).toBe(true);
  });

  it('transfers on Enter with the settings for hang-up and forwarding', () => {
    const panel = renderPanel({ hangUpAfterTransfer: false, disableForwardingAndUnanswered: true });

    typeInto(panel.input, '+44 20 7946 0958');
    submitFrom(panel.input);

    expect(panel.commands).toEqual([
      {
        type: 'transfer',
        request: {
          callId: 'call-1',
          mode: 'participant',
          target: '4:+442079460958',
          hangUpOnSuccess: false,
          disableForwardingAndUnanswered: true,
        },
      },
    ]);
  });

  it('sends a voicemail transfer to the Teams user', () => {
    const panel = renderPanel();

    typeInto(panel.input, TEAMS_USER);
    click(panel.voicemailButton);

    expect(panel.commands).toMatchObject([{ type: 'transfer', request: { mode: 'voicemail', target: TEAMS_USER } }]);
  });

  it('sends nothing when Enter is pressed on text that is not a target', () => {
    const panel = renderPanel();

    typeInto(panel.input, 'hello');
    submitFrom(panel.input);

    expect(panel.commands).toEqual([]);
  });

  it('keeps the target through a failed transfer, ready to try again', () => {
    const panel = renderPanel();
    typeInto(panel.input, '+44 20 7946 0958');
    const failed = transfer({ state: 'Failed', error: { code: 603, subCode: 0 } });

    const transferring = call({ state: 'LocalHold', transfer: transfer() });
    const props = { pair: undefined, timeline: undefined, lists: NO_PICKS, settings: settings(), send: panel.send };
    rerender(panel.view, <CurrentCall call={transferring} {...props} />);
    rerender(panel.view, <CurrentCall call={call({ transfer: failed })} {...props} />);

    expect(byTestId<HTMLInputElement>(panel.view, 'transfer-target').value).toBe('+44 20 7946 0958');
  });

  it('consults first: holds the call and calls the target, with one command', () => {
    const panel = renderPanel();

    typeInto(panel.input, TEAMS_USER);
    click(byTestId(panel.view, 'transfer-consult'));

    expect(panel.commands).toEqual([{ type: 'consult', callId: 'call-1', target: TEAMS_USER }]);
  });

  it("ticks \"Don't follow the forwarding rules\" as the setting says, and sends the agent's choice", () => {
    const panel = renderPanel({ disableForwardingAndUnanswered: true });
    const box = byTestId<HTMLInputElement>(panel.view, 'transfer-ignore-rules');
    expect(box.checked).toBe(true);

    click(box);
    typeInto(panel.input, '+44 20 7946 0958');
    submitFrom(panel.input);

    expect(box.checked).toBe(false);
    expect(panel.commands).toMatchObject([{ type: 'transfer', request: { disableForwardingAndUnanswered: false } }]);
  });
});

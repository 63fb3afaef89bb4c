import { describe, expect, it, vi } from 'vitest';
import { CurrentCall } from '../../../src/popup/current-call.tsx';
import type { PickLists } from '../../../src/popup/pick-lists.ts';
import { call, recordingSend, settings, TEAMS_USER } from './fixtures.ts';
import { byTestId, click, mount, submitFrom } from './render.ts';

vi.mock('../../../src/platform/browser.ts', async () => (await import('./i18n-stub.ts')).fakeBrowserModule());

function renderPanel(lists: PickLists = { page: [], recent: [] }) {
  const recorder = recordingSend();
  const props = { pair: undefined, timeline: undefined, settings: settings(), send: recorder.send };
  const view = mount(<CurrentCall call={call()} lists={lists} {...props} />);
  return {
    ...recorder,
    view,
    input: byTestId<HTMLInputElement>(view, 'transfer-target'),
    hint: () => byTestId(view, 'transfer-target-hint').textContent,
    voicemailButton: byTestId<HTMLButtonElement>(view, 'transfer-voicemail'),
  };
}

describe('picking a target', () => {
  const page = [
    { rawId: '4:+14255550142', display: '(425) 555-0142' },
    { rawId: TEAMS_USER, display: 'Sam Patel' },
  ];

  it('offers the page targets and the recent ones, each under its heading', () => {
    const panel = renderPanel({ page, recent: [{ rawId: '4:+442079460321', display: '+44 20 7946 0321' }] });

    expect(byTestId(panel.view, 'pick-page').querySelector('.picks__title')?.textContent).toBe('On this page (2)');
    expect([...byTestId(panel.view, 'pick-page').querySelectorAll('button')].map((b) => b.textContent)).toEqual([
      '(425) 555-0142',
      'Sam Patel',
    ]);
    expect(byTestId(panel.view, 'pick-recent').textContent).toBe('Recent+44 20 7946 0321');
  });

  it('fills the field with the picked target and focuses it, so Enter transfers to it', () => {
    const panel = renderPanel({ page, recent: [] });

    click(byTestId(panel.view, 'pick-page').querySelector<HTMLElement>(`[data-raw-id="${TEAMS_USER}"]`) as HTMLElement);

    expect(panel.input.value).toBe(TEAMS_USER);
    expect(document.activeElement).toBe(panel.input);
    expect(panel.voicemailButton.disabled).toBe(false);
    submitFrom(panel.input);
    expect(panel.commands).toMatchObject([{ type: 'transfer', request: { mode: 'participant', target: TEAMS_USER } }]);
  });

  it('fills in a phone number the way an agent would type it', () => {
    const panel = renderPanel({ page, recent: [] });

    click(byTestId(panel.view, 'pick-page').querySelector<HTMLElement>('[data-raw-id="4:+14255550142"]') as HTMLElement);

    expect(panel.input.value).toBe('+1 425 555 0142');
    expect(panel.hint()).toBe('→ +1 425 555 0142');
  });

  it('shows six of a long list, and the rest on request', () => {
    const many = Array.from({ length: 9 }, (_, n) => ({ rawId: `4:+4420794609${n}0`, display: `Row ${n}` }));
    const panel = renderPanel({ page: many, recent: [] });
    const chips = () => byTestId(panel.view, 'pick-page').querySelectorAll('[data-testid="pick-target"]').length;

    expect(chips()).toBe(6);
    expect(byTestId(panel.view, 'pick-show-all').textContent).toBe('Show all 9');
    click(byTestId(panel.view, 'pick-show-all'));
    expect(chips()).toBe(9);
  });

  it('shows no heading for an empty list', () => {
    const panel = renderPanel();

    expect(panel.view.querySelector('.picks')).toBeNull();
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MicrophoneStatus } from '../../../src/onboarding/microphone.ts';
import { OnboardingPage } from '../../../src/onboarding/onboarding-page.tsx';
import type { MicrophoneAccess } from '../../../src/onboarding/use-microphone.ts';
import { byTestId, click, mount } from '../popup/render.ts';

const ui = vi.hoisted(() => ({ locale: 'en' as 'en' | 'es' }));

vi.mock('../../../src/platform/browser.ts', async () => {
  const { CATALOGUES, getMessage } = await import('../popup/i18n-stub.ts');
  const i18n = {
    getMessage: (key: string, substitutions?: string | string[]) => getMessage(CATALOGUES[ui.locale], key, substitutions),
    getUILanguage: () => ui.locale,
  };
  return { browser: { i18n } };
});

/** Chrome's PermissionStatus for the microphone, changed as the agent would in Chrome's settings. */
class FakePermission extends EventTarget {
  constructor(public state: PermissionState) {
    super();
  }

  change(state: PermissionState): void {
    this.state = state;
    this.dispatchEvent(new Event('change'));
  }
}

function access(answers: MicrophoneStatus[], permission?: FakePermission): MicrophoneAccess & { asked: () => number } {
  let asked = 0;
  return {
    query: async () => permission,
    ask: async () => answers[asked++] ?? { kind: 'failed', message: 'asked too often' },
    asked: () => asked,
  };
}

function render(microphone: MicrophoneAccess, openMicrophoneSettings = () => {}): HTMLElement {
  return mount(<OnboardingPage microphone={microphone} openMicrophoneSettings={openMicrophoneSettings} />);
}

const status = (view: HTMLElement) => byTestId(view, 'microphone');

afterEach(() => {
  ui.locale = 'en';
});

describe('the onboarding page', () => {
  it('asks for the microphone once, on request, and says when it is allowed', async () => {
    const microphone = access([{ kind: 'granted' }]);
    const view = render(microphone);
    expect(status(view).textContent).toContain('The microphone is not allowed yet.');

    click(byTestId(view, 'ask-microphone'));

    await vi.waitFor(() => expect(status(view).dataset.status).toBe('granted'));
    expect(status(view).textContent).toBe('Microphone allowed. You are ready to take calls.');
    expect(view.querySelector('[data-testid="ask-microphone"]')).toBeNull();
    expect(microphone.asked()).toBe(1);
  });

  it('offers no second prompt while Chrome’s question is open', async () => {
    let answer: (status: MicrophoneStatus) => void = () => {};
    const view = render({ query: async () => undefined, ask: () => new Promise((resolve) => (answer = resolve)) });

    click(byTestId(view, 'ask-microphone'));

    await vi.waitFor(() => expect(status(view).dataset.status).toBe('asking'));
    expect(view.querySelector('[data-testid="ask-microphone"]')).toBeNull();
    answer({ kind: 'granted' });
    await vi.waitFor(() => expect(status(view).dataset.status).toBe('granted'));
  });

  it('starts from what Chrome already allows, without asking', async () => {
    const microphone = access([], new FakePermission('granted'));
    const view = render(microphone);

    await vi.waitFor(() => expect(status(view).dataset.status).toBe('granted'));
    expect(microphone.asked()).toBe(0);
  });

  it('explains how to undo a denial and opens Chrome’s microphone settings', async () => {
    const openSettings = vi.fn();
    const view = render(access([{ kind: 'denied' }]), openSettings);

    click(byTestId(view, 'ask-microphone'));
    await vi.waitFor(() => expect(status(view).dataset.status).toBe('denied'));
    expect(byTestId(view, 'microphone-fix').textContent).toContain('chrome://settings/content/microphone');
    click(byTestId(view, 'open-microphone-settings'));

    expect(openSettings).toHaveBeenCalledOnce();
    expect(byTestId(view, 'ask-microphone').textContent).toBe('Try again');
  });

  it('follows a denial lifted in Chrome’s settings while the page is open', async () => {
    const permission = new FakePermission('denied');
    const view = render(access([], permission));
    await vi.waitFor(() => expect(status(view).dataset.status).toBe('denied'));

    permission.change('granted');

    await vi.waitFor(() => expect(status(view).dataset.status).toBe('granted'));
  });

  it('offers to ask again after the prompt was closed, and says why opening failed', async () => {
    const view = render(access([{ kind: 'dismissed' }, { kind: 'failed', message: 'Could not start audio source' }]));

    click(byTestId(view, 'ask-microphone'));
    await vi.waitFor(() => expect(byTestId(view, 'ask-microphone').textContent).toBe('Ask again'));
    click(byTestId(view, 'ask-microphone'));

    await vi.waitFor(() =>
      expect(status(view).textContent).toContain('The microphone could not be opened: Could not start audio source'),
    );
  });

  it('leads on to the settings page', () => {
    const link = byTestId<HTMLAnchorElement>(render(access([])), 'open-options');

    expect(link.getAttribute('href')).toBe('../options/index.html');
    expect(link.textContent).toBe('Open the settings');
  });

  it('speaks Spanish', () => {
    ui.locale = 'es';
    const view = render(access([]));

    expect(view.querySelector('h1')?.textContent).toBe('Te damos la bienvenida a ACS Transferir con un clic');
    expect(byTestId(view, 'ask-microphone').textContent).toBe('Permitir el micrófono');
  });
});

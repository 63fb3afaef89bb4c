import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { OptionsPage } from '../../../src/options/options-page.tsx';
import { DEFAULT_SETTINGS, SETTINGS_KEY, type Settings } from '../../../src/shared/settings.ts';
import { byTestId, click, mount, typeInto } from '../popup/render.ts';

vi.mock('../../../src/platform/browser.ts', async () => (await import('../popup/i18n-stub.ts')).fakeBrowserModule());

const storage = fakeBrowser.storage.local;

async function openOptions(stored?: unknown): Promise<HTMLElement> {
  if (stored !== undefined) await storage.set({ [SETTINGS_KEY]: stored });
  const view = mount(<OptionsPage storage={storage} />);
  await vi.waitFor(() => byTestId(view, 'save'));
  return view;
}

/** The control a visible label names, found the way assistive technology finds it. */
function field<T extends HTMLElement = HTMLInputElement>(view: HTMLElement, label: string): T {
  const labelElement = [...view.querySelectorAll('label')].find((candidate) => candidate.textContent === label);
  const control = labelElement?.control;
  if (!control) throw new Error(`no field labelled "${label}"`);
  return control as T;
}

/** What a screen reader reads after the control's name: its help and error text. */
function description(control: HTMLElement): string {
  const ids = control.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent).join(' ');
}

async function storedSettings(): Promise<unknown> {
  return (await storage.get(SETTINGS_KEY))[SETTINGS_KEY];
}

describe('the options page', () => {
  beforeEach(() => fakeBrowser.reset());

  it('shows the stored settings, with defaults for anything invalid', async () => {
    const view = await openOptions({ ...DEFAULT_SETTINGS, displayName: 'Ada', callerId: 'not a number' });

    expect(field(view, 'Display name').value).toBe('Ada');
    expect(field(view, 'Caller id for calls to phone numbers').value).toBe('');
    expect(field(view, 'Hang up after a successful transfer').checked).toBe(true);
  });

  it('says saved settings apply after the current call while the session waits for it to end', async () => {
    const view = mount(<OptionsPage storage={storage} settingsPending />);
    await vi.waitFor(() => byTestId(view, 'save'));

    expect(byTestId(view, 'settings-pending').textContent).toBe('The new settings apply after the current call.');
    expect((await openOptions()).querySelector('[data-testid="settings-pending"]')).toBeNull();
  });

  it('explains an invalid field and disables Save until it is fixed', async () => {
    const view = await openOptions();
    const scale = field(view, 'Simulated timing scale');

    typeInto(scale, '20');

    expect(scale.getAttribute('aria-invalid')).toBe('true');
    expect(description(scale)).toBe('1 is realistic; 0.1 makes every step ten times faster. Enter 10 or less');
    expect(byTestId<HTMLButtonElement>(view, 'save').disabled).toBe(true);
    expect(byTestId(view, 'save-status').textContent).toBe('Correct the marked fields to save.');

    typeInto(scale, '0.5');
    expect(byTestId<HTMLButtonElement>(view, 'save').disabled).toBe(false);
  });

  it('saves the whole parsed settings object and says so', async () => {
    const view = await openOptions();

    typeInto(field(view, 'Simulated timing scale'), '0,25');
    typeInto(field(view, 'Caller id for calls to phone numbers'), '+14255550123');
    click(field(view, "Don't follow the target's forwarding and no-answer rules"));
    const country = field<HTMLSelectElement>(view, 'Default country for phone numbers');
    void act(() => {
      country.value = 'GB';
      country.dispatchEvent(new Event('change', { bubbles: true }));
    });
    click(byTestId(view, 'save'));

    const expected: Settings = {
      ...DEFAULT_SETTINGS,
      simulatorTimeScale: 0.25,
      callerId: '+14255550123',
      defaultCountry: 'GB',
      disableForwardingAndUnanswered: true,
    };
    await vi.waitFor(async () => expect(await storedSettings()).toEqual(expected));
    await vi.waitFor(() => expect(byTestId(view, 'save-status').textContent).toBe('Saved'));
  });

  it('asks for the calling host page with the ACS engine and accepts only https or localhost', async () => {
    const view = await openOptions();

    click(field(view, 'Azure Communication Services'));
    expect(byTestId(view, 'acs-note').textContent).toContain('calling host page');

    typeInto(field(view, 'Calling host page'), 'http://calls.contoso.example/');
    await vi.waitFor(() => expect(view.textContent).toContain('Enter an https:// address'));
    expect(byTestId<HTMLButtonElement>(view, 'save').disabled).toBe(true);

    typeInto(field(view, 'Calling host page'), 'https://calls.contoso.example/acs/');
    await vi.waitFor(() => expect(byTestId<HTMLButtonElement>(view, 'save').disabled).toBe(false));
  });

  it('follows settings changed elsewhere, but keeps what the agent is typing', async () => {
    const view = await openOptions();

    await act(() => storage.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, displayName: 'From another tab' } }));
    await vi.waitFor(() => expect(field(view, 'Display name').value).toBe('From another tab'));

    typeInto(field(view, 'Display name'), 'Typed here');
    await act(() => storage.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, displayName: 'Later elsewhere' } }));
    expect(field(view, 'Display name').value).toBe('Typed here');
  });
});

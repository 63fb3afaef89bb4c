import { fakeBrowser } from '@webext-core/fake-browser';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionDeviceSource, type DeviceSource } from '../../../src/options/devices-section.tsx';
import { OptionsPage } from '../../../src/options/options-page.tsx';
import type { DeviceList } from '../../../src/shared/devices.ts';
import { fail, ok } from '../../../src/shared/protocol.ts';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from '../../../src/shared/settings.ts';
import { byTestId, click, mount } from '../popup/render.ts';

vi.mock('../../../src/platform/browser.ts', async () => (await import('../popup/i18n-stub.ts')).fakeBrowserModule());

const storage = fakeBrowser.storage.local;

const NAMED: DeviceList = {
  microphones: [
    { id: 'm-built-in', name: 'Built-in microphone', isSystemDefault: true },
    { id: 'm-headset', name: 'Jabra Evolve2', isSystemDefault: false },
  ],
  speakers: [{ id: 's-built-in', name: 'Built-in speakers', isSystemDefault: true }],
  speakerSelectionAvailable: true,
};

/** A session whose device list the test sets, and a browser whose devicechange the test fires. */
class FakeSource implements DeviceSource {
  list = vi.fn(async (): Promise<DeviceList> => NAMED);
  private readonly listeners = new Set<() => void>();
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  plug(next: DeviceList): void {
    this.list.mockResolvedValue(next);
    void act(() => this.listeners.forEach((listener) => listener()));
  }
}

async function open(source: DeviceSource, stored = DEFAULT_SETTINGS): Promise<HTMLElement> {
  await storage.set({ [SETTINGS_KEY]: stored });
  const view = mount(<OptionsPage storage={storage} devices={source} />);
  await vi.waitFor(() => byTestId(view, 'devices-section').querySelector('select') ?? expect.fail('no device list yet'));
  return byTestId(view, 'devices-section');
}

function select(section: HTMLElement, label: string): HTMLSelectElement {
  const labelElement = [...section.querySelectorAll('label')].find((candidate) => candidate.textContent === label);
  return (labelElement?.control as HTMLSelectElement | null) ?? expect.fail(`no select labelled ${label}`);
}

function choices(control: HTMLSelectElement): string[] {
  return [...control.options].map((option) => option.text);
}

describe('the microphone and speaker section', () => {
  beforeEach(() => fakeBrowser.reset());

  it('offers the system default and every device, and saves the choice', async () => {
    const section = await open(new FakeSource());
    const microphone = select(section, 'Microphone');

    expect(choices(microphone)).toEqual(['System default', 'Built-in microphone', 'Jabra Evolve2']);
    expect(choices(select(section, 'Speaker'))).toEqual(['System default', 'Built-in speakers']);
    void act(() => {
      microphone.value = 'm-headset';
      microphone.dispatchEvent(new Event('change', { bubbles: true }));
    });
    click(section.ownerDocument.querySelector<HTMLElement>('[data-testid="save"]') ?? expect.fail('no save button'));

    await vi.waitFor(async () => expect((await storage.get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual({ ...DEFAULT_SETTINGS, microphoneId: 'm-headset' }));
  });

  it('says names need the microphone allowed, and links to the page that asks for it', async () => {
    const source = new FakeSource();
    source.list.mockResolvedValue({ ...NAMED, microphones: [{ id: 'm1', name: '', isSystemDefault: true }] });
    const section = await open(source);

    expect(byTestId(section, 'devices-names-hidden').textContent).toBe('Device names show once the microphone is allowed. Allow the microphone');
    expect(byTestId(section, 'devices-names-hidden').querySelector('a')?.getAttribute('href')).toBe('../onboarding/index.html');
    expect(choices(select(section, 'Microphone'))).toEqual(['System default', 'Microphone 1']);
  });

  it('shows a saved device that is unplugged as not connected, the default in use', async () => {
    const section = await open(new FakeSource(), { ...DEFAULT_SETTINGS, microphoneId: 'm-yesterday' });
    const microphone = select(section, 'Microphone');

    expect(microphone.value).toBe('m-yesterday');
    expect(microphone.selectedOptions[0]?.text).toBe('Saved device (not connected)');
    expect(section.textContent).toContain('Not connected — using the system default until it is plugged in again.');
  });

  it('lists again when devices are plugged in or out', async () => {
    const source = new FakeSource();
    const section = await open(source, { ...DEFAULT_SETTINGS, microphoneId: 'm-headset' });

    source.plug({ ...NAMED, microphones: NAMED.microphones.slice(0, 1) });

    await vi.waitFor(() => expect(select(section, 'Microphone').selectedOptions[0]?.text).toBe('Saved device (not connected)'));
    source.plug(NAMED);
    await vi.waitFor(() => expect(select(section, 'Microphone').selectedOptions[0]?.text).toBe('Jabra Evolve2'));
  });

  it('explains when the speaker cannot be chosen', async () => {
    const source = new FakeSource();
    source.list.mockResolvedValue({ ...NAMED, speakerSelectionAvailable: false });
    const section = await open(source);

    expect(section.querySelectorAll('select')).toHaveLength(1);
    expect(section.textContent).toContain('The speaker cannot be chosen here');
  });

  it('says why the devices could not be listed, and tries again on request', async () => {
    const source = new FakeSource();
    source.list.mockRejectedValueOnce(new Error('Calling host unreachable'));
    await storage.set({ [SETTINGS_KEY]: DEFAULT_SETTINGS });
    const view = mount(<OptionsPage storage={storage} devices={source} />);

    await vi.waitFor(() => expect(view.querySelector('[role="alert"]')?.textContent).toBe('Could not list the devices: Calling host unreachable'));
    click([...view.querySelectorAll('button')].find((button) => button.textContent === 'Try again') ?? expect.fail('no retry'));
    await vi.waitFor(() => expect(select(byTestId(view, 'devices-section'), 'Microphone')).toBeTruthy());
  });
});

describe('asking the session for devices', () => {
  const media = { addEventListener: vi.fn(), removeEventListener: vi.fn() };

  it('returns the parsed list', async () => {
    expect(await sessionDeviceSource(async () => ok(NAMED), media).list()).toEqual(NAMED);
  });

  it('fails with the session’s reason', async () => {
    await expect(sessionDeviceSource(async () => fail('Calling host unreachable', 503), media).list()).rejects.toThrow('Calling host unreachable');
  });

  it('follows the browser’s devicechange', () => {
    const listener = (): void => undefined;
    const stop = sessionDeviceSource(async () => ok(NAMED), media).onChange(listener);
    stop();

    expect(media.addEventListener).toHaveBeenCalledWith('devicechange', listener);
    expect(media.removeEventListener).toHaveBeenCalledWith('devicechange', listener);
  });
});

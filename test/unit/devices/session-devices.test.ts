import { describe, expect, it, vi } from 'vitest';
import { BrowserDevices, SessionDevices, type MediaDevicesLike } from '../../../src/offscreen/session-devices.ts';
import type { DeviceControl, DeviceList, DeviceSelection } from '../../../src/shared/devices.ts';
import type { LogLevel } from '../../../src/shared/diagnostics.ts';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings.ts';

type Info = Awaited<ReturnType<MediaDevicesLike['enumerateDevices']>>[number];

function info(kind: MediaDeviceKind, deviceId: string, label: string, groupId: string): Info {
  return { kind, deviceId, label, groupId };
}

/** navigator.mediaDevices as Chrome fills it once the microphone is allowed: pseudo-devices first. */
const GRANTED: Info[] = [
  info('audioinput', 'default', 'Default - Jabra Evolve2', 'g-jabra'),
  info('audioinput', 'communications', 'Communications - Jabra Evolve2', 'g-jabra'),
  info('audioinput', 'a1b2', 'Jabra Evolve2', 'g-jabra'),
  info('audioinput', 'c3d4', 'Built-in microphone', 'g-built-in'),
  info('audiooutput', 'default', 'Default - Built-in speakers', 'g-built-in'),
  info('audiooutput', 'e5f6', 'Built-in speakers', 'g-built-in'),
  info('videoinput', 'v1', 'Webcam', 'g-cam'),
];

class FakeMediaDevices extends EventTarget implements MediaDevicesLike {
  constructor(public infos: Info[]) {
    super();
  }
  async enumerateDevices(): Promise<Info[]> {
    return this.infos;
  }
}

describe('the browser’s devices', () => {
  it('lists real audio devices, marking the one behind the "default" entry', async () => {
    const devices = new BrowserDevices(new FakeMediaDevices(GRANTED), true);

    expect(await devices.listDevices()).toEqual({
      microphones: [
        { id: 'a1b2', name: 'Jabra Evolve2', isSystemDefault: true },
        { id: 'c3d4', name: 'Built-in microphone', isSystemDefault: false },
      ],
      speakers: [{ id: 'e5f6', name: 'Built-in speakers', isSystemDefault: true }],
      speakerSelectionAvailable: true,
    });
  });

  it('lists nothing it could not select before the microphone is allowed', async () => {
    const hidden = [info('audioinput', '', '', ''), info('audiooutput', '', '', '')];

    expect(await new BrowserDevices(new FakeMediaDevices(hidden), false).listDevices()).toEqual({
      microphones: [],
      speakers: [],
      speakerSelectionAvailable: false,
    });
  });

  it('tells listeners about devicechange until they stop', () => {
    const media = new FakeMediaDevices(GRANTED);
    const changes = vi.fn();
    const stop = new BrowserDevices(media, true).onDevicesChanged(changes);

    media.dispatchEvent(new Event('devicechange'));
    stop();
    media.dispatchEvent(new Event('devicechange'));

    expect(changes).toHaveBeenCalledTimes(1);
  });
});

class RecordingControl implements DeviceControl {
  readonly selected: DeviceSelection[] = [];
  private readonly listeners = new Set<() => void>();
  failWith?: Error;
  async listDevices(): Promise<DeviceList> {
    return { microphones: [], speakers: [], speakerSelectionAvailable: true };
  }
  async selectDevices(selection: DeviceSelection): Promise<void> {
    this.selected.push(selection);
    if (this.failWith) throw this.failWith;
  }
  onDevicesChanged(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  change(): void {
    for (const listener of this.listeners) listener();
  }
}

function session() {
  const notes: [LogLevel, string][] = [];
  const fallback = new RecordingControl();
  const devices = new SessionDevices(fallback, (level, text) => notes.push([level, text]));
  return { devices, fallback, notes };
}

const HEADSET = { ...DEFAULT_SETTINGS, microphoneId: 'a1b2', speakerId: 'e5f6' };

describe('the saved devices in the session', () => {
  it('go to the engine’s own devices when it has them, else to the browser’s', () => {
    const { devices, fallback } = session();
    const acs = new RecordingControl();

    devices.follow({}, HEADSET);
    devices.follow({ devices: acs }, HEADSET);

    expect(fallback.selected).toEqual([{ microphoneId: 'a1b2', speakerId: 'e5f6' }]);
    expect(acs.selected).toEqual([{ microphoneId: 'a1b2', speakerId: 'e5f6' }]);
  });

  it('are applied again only when they change, not on every change of settings', () => {
    const { devices } = session();
    const acs = new RecordingControl();
    const engine = { devices: acs };

    devices.follow(engine, HEADSET);
    devices.follow(engine, { ...HEADSET, displayName: 'Ada' });
    devices.follow(engine, { ...HEADSET, microphoneId: '' });

    expect(acs.selected).toEqual([
      { microphoneId: 'a1b2', speakerId: 'e5f6' },
      { microphoneId: '', speakerId: 'e5f6' },
    ]);
  });

  it('note device changes of the engine in use only, and failures to apply', async () => {
    const { devices, notes } = session();
    const first = new RecordingControl();
    const second = new RecordingControl();
    second.failWith = new Error('Calling host unreachable');

    devices.follow({ devices: first }, HEADSET);
    devices.follow({ devices: second }, HEADSET);
    first.change();
    second.change();

    await vi.waitFor(() =>
      expect(notes).toEqual([
        ['info', 'Audio devices were plugged in or out.'],
        ['warning', 'Could not use the saved devices: Calling host unreachable'],
      ]),
    );
  });

  it('are listed from the engine in use', async () => {
    const { devices } = session();
    const acs = new RecordingControl();
    acs.listDevices = async () => ({ microphones: [{ id: 'm', name: 'Mic', isSystemDefault: true }], speakers: [], speakerSelectionAvailable: false });

    expect((await devices.list({ devices: acs })).microphones).toHaveLength(1);
    expect((await devices.list({})).microphones).toHaveLength(0);
  });
});

// Devices as the session owner sees them (issue 5, point 5). The ACS engine chooses them in its host
// page, over the bridge; the simulated engine plays no audio, so the browser's own list stands in.
// Either way the agent's saved choice follows every new engine and every change of settings.
import type { Device, DeviceControl, DeviceList, DeviceSelection, WithDevices } from '../shared/devices.ts';
import type { LogLevel } from '../shared/diagnostics.ts';
import type { Settings } from '../shared/settings.ts';
import type { HostRequests } from './bridge/bridge-client.ts';

/** The host page's DeviceManager. A new host page starts on the system defaults: it gets the choice again. */
export class BridgedDevices implements DeviceControl {
  private readonly listeners = new Set<() => void>();
  private wanted?: DeviceSelection;

  /** `hostReady` waits for a host page that is still loading: listing then beats failing. */
  constructor(
    private readonly host: HostRequests,
    private readonly hostReady: () => Promise<void>,
  ) {}

  async listDevices(): Promise<DeviceList> {
    await this.hostReady();
    return this.host.request({ method: 'listDevices' });
  }

  /** Before the host is up the choice is only kept; it goes out with the connection. */
  async selectDevices(selection: DeviceSelection): Promise<void> {
    const wanted = { ...this.wanted, ...selection };
    this.wanted = wanted;
    if (this.host.isUp) await this.host.request({ method: 'selectDevices', selection: wanted });
  }

  onDevicesChanged(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Not awaited: a host page that cannot apply it stays on the system defaults, as if none were chosen. */
  hostConnected(): void {
    if (this.wanted) this.host.request({ method: 'selectDevices', selection: this.wanted }).catch(() => undefined);
  }

  changed(): void {
    for (const listener of this.listeners) listener();
  }
}

type BrowserDeviceInfo = Pick<MediaDeviceInfo, 'deviceId' | 'groupId' | 'kind' | 'label'>;

/** The part of navigator.mediaDevices used here. */
export interface MediaDevicesLike {
  enumerateDevices(): Promise<BrowserDeviceInfo[]>;
  addEventListener(type: 'devicechange', listener: () => void): void;
  removeEventListener(type: 'devicechange', listener: () => void): void;
}

/** Chrome's stand-ins for "whatever the system uses", which the options page offers as the system default. */
const PSEUDO_DEVICE_IDS = new Set(['default', 'communications']);

function devicesOfKind(infos: readonly BrowserDeviceInfo[], kind: MediaDeviceKind): Device[] {
  const defaultGroup = infos.find((info) => info.kind === kind && info.deviceId === 'default')?.groupId;
  return infos
    .filter((info) => info.kind === kind && info.deviceId !== '' && !PSEUDO_DEVICE_IDS.has(info.deviceId))
    .map((info) => ({ id: info.deviceId, name: info.label, isSystemDefault: info.groupId === defaultGroup }));
}

/** The browser's devices, for an engine without audio of its own. */
export class BrowserDevices implements DeviceControl {
  constructor(
    private readonly media: MediaDevicesLike,
    private readonly speakerSelectable: boolean,
  ) {}

  async listDevices(): Promise<DeviceList> {
    const infos = await this.media.enumerateDevices();
    return {
      microphones: devicesOfKind(infos, 'audioinput'),
      speakers: devicesOfKind(infos, 'audiooutput'),
      speakerSelectionAvailable: this.speakerSelectable,
    };
  }

  /** Nothing plays here to move: the choice lives in the settings, for the engine that will use it. */
  async selectDevices(): Promise<void> {}

  onDevicesChanged(listener: () => void): () => void {
    this.media.addEventListener('devicechange', listener);
    return () => this.media.removeEventListener('devicechange', listener);
  }
}

/** Applies the saved devices to whichever engine the session runs, and notes what happens to them. */
export class SessionDevices {
  private control?: DeviceControl;
  private applied?: string;
  private stopWatching?: () => void;

  constructor(
    private readonly fallback: DeviceControl,
    private readonly note: (level: LogLevel, text: string) => void,
  ) {}

  list(engine: Partial<WithDevices>): Promise<DeviceList> {
    return (engine.devices ?? this.fallback).listDevices();
  }

  /** Call with each engine the session starts and each change of settings; repeats change nothing. */
  follow(engine: Partial<WithDevices>, { microphoneId, speakerId }: Settings): void {
    const control = engine.devices ?? this.fallback;
    const selection = { microphoneId, speakerId };
    if (control === this.control && JSON.stringify(selection) === this.applied) return;
    if (control !== this.control) {
      this.stopWatching?.();
      this.stopWatching = control.onDevicesChanged(() => this.note('info', 'Audio devices were plugged in or out.'));
      this.control = control;
    }
    this.applied = JSON.stringify(selection);
    control.selectDevices(selection).catch((error: unknown) => {
      this.note('warning', `Could not use the saved devices: ${error instanceof Error ? error.message : String(error)}`);
    });
  }
}

// Microphones and speakers through the SDK's DeviceManager (docs/acs-sdk.md §10). It must be the
// DeviceManager of the CallClient the calls run on: a device chosen on another would not reach them.
// The microphone is asked for once, through the SDK, when the DeviceManager first exists. The
// agent's choice is kept and applied again whenever devices come and go, and a selection the SDK
// changes by itself (a device unplugged) is told to the listeners like a change of devices.
import type { AudioDeviceInfo } from '@azure/communication-calling';
import { pickDevice, type Device, type DeviceControl, type DeviceList, type DeviceSelection } from '../shared/devices.ts';
import type { SdkDeviceManager } from '../engine/sdk-port.ts';

function toDevice({ id, name, isSystemDefault }: AudioDeviceInfo): Device {
  return { id, name, isSystemDefault };
}

export class SdkDevices implements DeviceControl {
  private readonly listeners = new Set<() => void>();
  private wanted: DeviceSelection = {};
  private watching?: Promise<SdkDeviceManager>;

  /** `deviceManager` is called when first needed: it creates the CallClient, which may throw (docs/acs-sdk.md §2). */
  constructor(private readonly deviceManager: () => Promise<SdkDeviceManager>) {}

  async listDevices(): Promise<DeviceList> {
    const manager = await this.manager();
    const [microphones, speakers] = await Promise.all([manager.getMicrophones(), manager.getSpeakers()]);
    return {
      microphones: microphones.map(toDevice),
      speakers: speakers.map(toDevice),
      speakerSelectionAvailable: manager.isSpeakerSelectionAvailable,
    };
  }

  async selectDevices(selection: DeviceSelection): Promise<void> {
    this.wanted = { ...this.wanted, ...selection };
    await this.apply(await this.manager());
  }

  onDevicesChanged(listener: () => void): () => void {
    this.listeners.add(listener);
    // The SDK reports changes only once its DeviceManager exists; a failure shows in the next list.
    void this.manager().catch(() => undefined);
    return () => this.listeners.delete(listener);
  }

  /** The first caller subscribes to the SDK's device updates; a failure lets the next caller retry. */
  private manager(): Promise<SdkDeviceManager> {
    if (this.watching) return this.watching;
    const watching = this.watch();
    this.watching = watching;
    watching.catch(() => {
      if (this.watching === watching) this.watching = undefined;
    });
    return watching;
  }

  /** Async, so that a CallClient constructor that throws (docs/acs-sdk.md §2) rejects instead of throwing at the caller. */
  private async watch(): Promise<SdkDeviceManager> {
    const manager = await this.deviceManager();
    manager.on('audioDevicesUpdated', () => void this.devicesUpdated(manager));
    manager.on('selectedMicrophoneChanged', () => this.tell());
    manager.on('selectedSpeakerChanged', () => this.tell());
    // Audio only: the extension makes no video calls. A refusal shows in the SDK's log and in calls.
    await manager.askDevicePermission({ audio: true, video: false });
    return manager;
  }

  private tell(): void {
    for (const listener of this.listeners) listener();
  }

  private async devicesUpdated(manager: SdkDeviceManager): Promise<void> {
    // A headset plugged back in is the one the agent chose: take it again before anyone looks.
    await this.apply(manager).catch(() => undefined);
    this.tell();
  }

  private async apply(manager: SdkDeviceManager): Promise<void> {
    const { microphoneId, speakerId } = this.wanted;
    if (microphoneId !== undefined) {
      const microphone = pickDevice(await manager.getMicrophones(), microphoneId);
      if (microphone && microphone.id !== manager.selectedMicrophone?.id) await manager.selectMicrophone(microphone);
    }
    if (speakerId !== undefined && manager.isSpeakerSelectionAvailable) {
      const speaker = pickDevice(await manager.getSpeakers(), speakerId);
      if (speaker && speaker.id !== manager.selectedSpeaker?.id) await manager.selectSpeaker(speaker);
    }
  }
}

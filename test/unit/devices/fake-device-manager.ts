// A DeviceManager behind the SdkDeviceManager port, behaving as the SDK's does for what we use:
// lists, selections, and audioDevicesUpdated when devices are plugged in or out. When the selected
// device goes away the SDK falls back to the system default, and so does this fake.
import type { AudioDeviceInfo, CollectionUpdatedEvent, DeviceAccess, PermissionConstraints, PropertyChangedEvent } from '@azure/communication-calling';
import type { SdkDeviceManager } from '../../../src/engine/sdk-port.ts';

export function microphone(id: string, name: string, isSystemDefault = false): AudioDeviceInfo {
  return { id, name, isSystemDefault, deviceType: 'Microphone' };
}

export function speaker(id: string, name: string, isSystemDefault = false): AudioDeviceInfo {
  return { id, name, isSystemDefault, deviceType: 'Speaker' };
}

export const BUILT_IN_MIC = microphone('microphone:built-in', 'Built-in microphone', true);
export const HEADSET_MIC = microphone('microphone:headset', 'Jabra Evolve2 microphone');
export const BUILT_IN_SPEAKER = speaker('speaker:built-in', 'Built-in speakers', true);
export const HEADSET_SPEAKER = speaker('speaker:headset', 'Jabra Evolve2 speaker');

export class FakeDeviceManager implements SdkDeviceManager {
  isSpeakerSelectionAvailable = true;
  selectedMicrophone?: AudioDeviceInfo;
  selectedSpeaker?: AudioDeviceInfo;
  /** Every selectMicrophone/selectSpeaker call, as "microphone:…" or "speaker:…" ids. */
  readonly selections: string[] = [];
  /** Every askDevicePermission call's constraints. */
  readonly permissionAsks: PermissionConstraints[] = [];
  private readonly listeners = new Set<CollectionUpdatedEvent<AudioDeviceInfo>>();
  private readonly microphoneListeners = new Set<PropertyChangedEvent>();
  private readonly speakerListeners = new Set<PropertyChangedEvent>();

  constructor(
    private microphones: AudioDeviceInfo[] = [BUILT_IN_MIC, HEADSET_MIC],
    private speakers: AudioDeviceInfo[] = [BUILT_IN_SPEAKER, HEADSET_SPEAKER],
  ) {
    this.selectedMicrophone = microphones.find((device) => device.isSystemDefault);
    this.selectedSpeaker = speakers.find((device) => device.isSystemDefault);
  }

  async getMicrophones(): Promise<AudioDeviceInfo[]> {
    return [...this.microphones];
  }

  async getSpeakers(): Promise<AudioDeviceInfo[]> {
    return [...this.speakers];
  }

  async selectMicrophone(device: AudioDeviceInfo): Promise<void> {
    this.selectedMicrophone = device;
    this.selections.push(device.id);
  }

  async selectSpeaker(device: AudioDeviceInfo): Promise<void> {
    this.selectedSpeaker = device;
    this.selections.push(device.id);
  }

  async askDevicePermission(constraints: PermissionConstraints): Promise<DeviceAccess> {
    this.permissionAsks.push(constraints);
    return { audio: constraints.audio, video: false };
  }

  on(event: 'audioDevicesUpdated', listener: CollectionUpdatedEvent<AudioDeviceInfo>): void;
  on(event: 'selectedMicrophoneChanged' | 'selectedSpeakerChanged', listener: PropertyChangedEvent): void;
  on(event: string, listener: CollectionUpdatedEvent<AudioDeviceInfo> | PropertyChangedEvent): void {
    if (event === 'audioDevicesUpdated') this.listeners.add(listener as CollectionUpdatedEvent<AudioDeviceInfo>);
    else (event === 'selectedMicrophoneChanged' ? this.microphoneListeners : this.speakerListeners).add(listener as PropertyChangedEvent);
  }

  /** The SDK moves to another microphone by itself, as when the OS default changes. */
  switchMicrophone(device: AudioDeviceInfo): void {
    this.selectedMicrophone = device;
    for (const listener of this.microphoneListeners) listener();
  }

  /** The agent plugs devices in or out: the lists change, then the SDK tells its listeners. */
  replug(microphones: AudioDeviceInfo[], speakers: AudioDeviceInfo[] = this.speakers): void {
    const before = [...this.microphones, ...this.speakers];
    const after = [...microphones, ...speakers];
    this.microphones = microphones;
    this.speakers = speakers;
    if (!microphones.some((device) => device.id === this.selectedMicrophone?.id)) this.selectedMicrophone = microphones.find((device) => device.isSystemDefault);
    if (!speakers.some((device) => device.id === this.selectedSpeaker?.id)) this.selectedSpeaker = speakers.find((device) => device.isSystemDefault);
    const added = after.filter((device) => !before.some((known) => known.id === device.id));
    const removed = before.filter((device) => !after.some((known) => known.id === device.id));
    for (const listener of this.listeners) listener({ added, removed });
  }
}

// Microphones and speakers (issue 5, point 5): a capability beside CallEngine, not part of it. The
// ACS engine chooses through the SDK's DeviceManager in the host page; without it the offscreen
// document lists the browser's own devices. Plain data: it crosses the bridge and runtime messages.
import * as v from 'valibot';

const DEVICE_ID_MAX = 300;

export const DeviceSchema = v.strictObject({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(DEVICE_ID_MAX)),
  /** Empty until the microphone is allowed: browsers hide device names before that. */
  name: v.pipe(v.string(), v.maxLength(200)),
  isSystemDefault: v.boolean(),
});
export type Device = v.InferOutput<typeof DeviceSchema>;

const Devices = v.pipe(v.array(DeviceSchema), v.maxLength(50));

export const DeviceListSchema = v.strictObject({
  microphones: Devices,
  speakers: Devices,
  /** Whether the speaker can be chosen here at all (the SDK's isSpeakerSelectionAvailable). */
  speakerSelectionAvailable: v.boolean(),
});
export type DeviceList = v.InferOutput<typeof DeviceListSchema>;

/** A saved device id; '' is the system default. */
export const SavedDeviceIdSchema = v.pipe(v.string(), v.maxLength(DEVICE_ID_MAX));

export const DeviceSelectionSchema = v.strictObject({
  microphoneId: v.optional(SavedDeviceIdSchema),
  speakerId: v.optional(SavedDeviceIdSchema),
});
export type DeviceSelection = v.InferOutput<typeof DeviceSelectionSchema>;

export interface DeviceControl {
  listDevices(): Promise<DeviceList>;
  /**
   * The devices to use from now on, also after a reconnect. An id that is not connected, or '',
   * means the system default: what an agent whose headset was unplugged expects.
   */
  selectDevices(selection: DeviceSelection): Promise<void>;
  /** Devices were plugged in or out; returns a stop function. */
  onDevicesChanged(listener: () => void): () => void;
}

/** An engine that chooses its own devices: the ACS engine does, in its host page. */
export interface WithDevices {
  readonly devices: DeviceControl;
}

/** The device `id` names if it is connected, else the system default, else none (let the browser pick). */
export function pickDevice<T extends { id: string; isSystemDefault: boolean }>(devices: readonly T[], id: string | undefined): T | undefined {
  return (id ? devices.find((device) => device.id === id) : undefined) ?? devices.find((device) => device.isSystemDefault);
}

export type SavedDeviceStatus = 'default' | 'connected' | 'missing';

/** What the options page says about a saved device: a saved one that disappeared is in use no more. */
export function savedDeviceStatus(savedId: string, devices: readonly Device[]): SavedDeviceStatus {
  if (savedId === '') return 'default';
  return devices.some((device) => device.id === savedId) ? 'connected' : 'missing';
}

/** Browsers give no device names, and sometimes no devices, until the microphone is allowed. */
export function namesHidden(list: DeviceList): boolean {
  const devices = [...list.microphones, ...list.speakers];
  return list.microphones.length === 0 || devices.some((device) => device.name === '');
}

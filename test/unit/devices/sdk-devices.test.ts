import { describe, expect, it, vi } from 'vitest';
import { SdkDevices } from '../../../src/host/sdk-devices.ts';
import { BUILT_IN_MIC, BUILT_IN_SPEAKER, FakeDeviceManager, HEADSET_MIC, HEADSET_SPEAKER } from './fake-device-manager.ts';

function devicesOn(manager = new FakeDeviceManager()) {
  const getDeviceManager = vi.fn(async () => manager);
  return { manager, devices: new SdkDevices(getDeviceManager), getDeviceManager };
}

describe('devices through the SDK’s DeviceManager', () => {
  it('lists microphones and speakers as plain data', async () => {
    const { devices } = devicesOn();

    expect(await devices.listDevices()).toEqual({
      microphones: [
        { id: 'microphone:built-in', name: 'Built-in microphone', isSystemDefault: true },
        { id: 'microphone:headset', name: 'Jabra Evolve2 microphone', isSystemDefault: false },
      ],
      speakers: [
        { id: 'speaker:built-in', name: 'Built-in speakers', isSystemDefault: true },
        { id: 'speaker:headset', name: 'Jabra Evolve2 speaker', isSystemDefault: false },
      ],
      speakerSelectionAvailable: true,
    });
  });

  it('selects the chosen devices', async () => {
    const { manager, devices } = devicesOn();

    await devices.selectDevices({ microphoneId: HEADSET_MIC.id, speakerId: HEADSET_SPEAKER.id });

    expect(manager.selectedMicrophone).toBe(HEADSET_MIC);
    expect(manager.selectedSpeaker).toBe(HEADSET_SPEAKER);
  });

  it('uses the system default for "" and for a device that is not connected', async () => {
    const { manager, devices } = devicesOn();
    await devices.selectDevices({ microphoneId: HEADSET_MIC.id, speakerId: HEADSET_SPEAKER.id });

    await devices.selectDevices({ microphoneId: '', speakerId: 'speaker:unplugged-yesterday' });

    expect(manager.selectedMicrophone).toBe(BUILT_IN_MIC);
    expect(manager.selectedSpeaker).toBe(BUILT_IN_SPEAKER);
  });

  it('changes only what it is asked to, and does not reselect what is already in use', async () => {
    const { manager, devices } = devicesOn();

    await devices.selectDevices({ microphoneId: HEADSET_MIC.id });
    await devices.selectDevices({ microphoneId: HEADSET_MIC.id });

    expect(manager.selections).toEqual([HEADSET_MIC.id]);
    expect(manager.selectedSpeaker).toBe(BUILT_IN_SPEAKER);
  });

  it('leaves the speaker alone where the browser cannot choose one', async () => {
    const { manager, devices } = devicesOn();
    manager.isSpeakerSelectionAvailable = false;

    await devices.selectDevices({ speakerId: HEADSET_SPEAKER.id });

    expect(manager.selections).toEqual([]);
    expect((await devices.listDevices()).speakerSelectionAvailable).toBe(false);
  });

  it('takes the chosen headset again when it is plugged back in, then tells its listeners', async () => {
    const { manager, devices } = devicesOn();
    const changes = vi.fn();
    devices.onDevicesChanged(changes);
    await devices.selectDevices({ microphoneId: HEADSET_MIC.id });

    manager.replug([BUILT_IN_MIC]);
    await vi.waitFor(() => expect(changes).toHaveBeenCalledTimes(1));
    expect(manager.selectedMicrophone).toBe(BUILT_IN_MIC);

    manager.replug([BUILT_IN_MIC, HEADSET_MIC]);
    await vi.waitFor(() => expect(changes).toHaveBeenCalledTimes(2));
    expect(manager.selectedMicrophone).toBe(HEADSET_MIC);
  });

  it('asks for the microphone, audio only, once, when the DeviceManager first exists', async () => {
    const { manager, devices } = devicesOn();

    await devices.listDevices();
    await devices.selectDevices({ microphoneId: HEADSET_MIC.id });

    expect(manager.permissionAsks).toEqual([{ audio: true, video: false }]);
  });

  it('tells its listeners when the SDK changes the selected microphone by itself', async () => {
    const { manager, devices } = devicesOn();
    const changes = vi.fn();
    devices.onDevicesChanged(changes);
    await devices.listDevices();

    manager.switchMicrophone(HEADSET_MIC);

    expect(changes).toHaveBeenCalledTimes(1);
  });

  it('stops telling a listener that unsubscribed', async () => {
    const { manager, devices } = devicesOn();
    const changes = vi.fn();
    const stop = devices.onDevicesChanged(changes);
    await devices.listDevices();

    stop();
    manager.replug([BUILT_IN_MIC]);
    await devices.listDevices();

    expect(changes).not.toHaveBeenCalled();
  });

  it('turns a CallClient that cannot be made into a failed list, not a throw at whoever subscribes', async () => {
    const devices = new SdkDevices(() => {
      throw Object.assign(new Error('ACS Web Calling SDK must be used through https, file:, or localhost'), { code: 400, subCode: 40100 });
    });

    expect(() => devices.onDevicesChanged(() => undefined)).not.toThrow();
    await expect(devices.listDevices()).rejects.toMatchObject({ code: 400, subCode: 40100 });
  });

  it('asks for the DeviceManager once, and again only after it failed', async () => {
    const manager = new FakeDeviceManager();
    const getDeviceManager = vi
      .fn<() => Promise<FakeDeviceManager>>()
      .mockRejectedValueOnce(Object.assign(new Error('ACS Web Calling SDK must be used through https, file:, or localhost'), { code: 400, subCode: 40100 }))
      .mockResolvedValue(manager);
    const devices = new SdkDevices(getDeviceManager);

    await expect(devices.listDevices()).rejects.toThrow('must be used through https');
    await devices.listDevices();
    await devices.selectDevices({ microphoneId: HEADSET_MIC.id });

    expect(getDeviceManager).toHaveBeenCalledTimes(2);
  });
});

// Devices and diagnostics across the real bridge: IframeEngine in the offscreen document, HostBridge
// with SdkDevices and a host log in the calling host page (one fresh SDK per page load).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AcsCallEngine } from '../../../src/engine/acs-engine.ts';
import { HostBridge } from '../../../src/host/bridge.ts';
import { SdkDevices } from '../../../src/host/sdk-devices.ts';
import type { HostLog } from '../../../src/host/sdk-log.ts';
import { IframeEngine, type IframeCallEngine } from '../../../src/offscreen/bridge/iframe-engine.ts';
import type { HostDiagnostics, LogLevel } from '../../../src/shared/diagnostics.ts';
import { EngineFailure } from '../../../src/shared/engine.ts';
import { TIMING } from '../acs/bridge/bridge-fixture.ts';
import { EXTENSION_ORIGIN, HOST_URL, LinkedPages } from '../acs/bridge/linked-pages.ts';
import { InstantWorld } from '../engine/test-world.ts';
import { BUILT_IN_MIC, FakeDeviceManager, HEADSET_MIC, HEADSET_SPEAKER } from './fake-device-manager.ts';

const REPORT: HostDiagnostics = {
  sdkVersions: { calling: '2.0.0', common: '2.5.0', logger: '1.4.0' },
  log: [{ at: 1, level: 'warning', source: 'sdk', text: 'azure:ACS-calling:warning Trouter reconnecting' }],
  dropped: 0,
};

interface HostPage {
  manager: FakeDeviceManager;
  levels: LogLevel[];
}

const engines: IframeCallEngine[] = [];
afterEach(async () => {
  await Promise.all(engines.splice(0).map((engine) => engine.dispose()));
});

/** An IframeEngine whose host pages serve devices and a log, unless `beside` is false (an older host page). */
function linked(beside = true) {
  const pages: HostPage[] = [];
  const frames = new LinkedPages((hostWindow) => {
    const world = new InstantWorld();
    const page: HostPage = { manager: new FakeDeviceManager(), levels: [] };
    pages.push(page);
    const log: HostLog = { setLevel: (level) => page.levels.push(level), report: () => REPORT };
    const fetchToken = async () => ({ token: 'token', expiresOnTimestamp: Date.now() + 3_600_000 });
    const bridge = new HostBridge({
      window: hostWindow,
      allowedOrigins: [EXTENSION_ORIGIN],
      createEngine: () => new AcsCallEngine({ sdk: world.sdk, fetchToken }),
      ...(beside && { devices: new SdkDevices(async () => page.manager), log }),
    });
    bridge.open();
    return () => void bridge.close();
  });
  const engine = IframeEngine.create({ hostUrl: HOST_URL, frames, timing: TIMING });
  engines.push(engine);
  const lastPage = (): HostPage => pages.at(-1) ?? expect.fail('No host page has loaded.');
  return { engine, frames, pages, lastPage };
}

describe('devices over the bridge', () => {
  it('lists the host page’s devices', async () => {
    const { engine } = linked();
    await engine.start();

    const list = await engine.devices.listDevices();

    expect(list.microphones.map((device) => device.name)).toEqual(['Built-in microphone', 'Jabra Evolve2 microphone']);
    expect(list.speakerSelectionAvailable).toBe(true);
  });

  it('waits for a host page that is still loading instead of failing', async () => {
    const { engine } = linked();

    const starting = engine.start();
    const list = await engine.devices.listDevices();
    await starting;

    expect(list.microphones).toHaveLength(2);
  });

  it('answers at once, unreachable, once the engine is disposed', async () => {
    const { engine } = linked();
    await engine.start();
    await engine.dispose();

    await expect(engine.devices.listDevices()).rejects.toEqual(new EngineFailure('Calling host unreachable', 503));
    await expect(engine.diagnostics.getDiagnostics()).rejects.toEqual(new EngineFailure('Calling host unreachable', 503));
  });

  it('sends a choice made before the host is up once it is, and again to a reloaded host page', async () => {
    const { engine, frames, pages, lastPage } = linked();

    await engine.devices.selectDevices({ microphoneId: HEADSET_MIC.id, speakerId: HEADSET_SPEAKER.id });
    await engine.start();
    await vi.waitFor(() => expect(lastPage().manager.selectedMicrophone).toBe(HEADSET_MIC));
    expect(lastPage().manager.selectedSpeaker).toBe(HEADSET_SPEAKER);

    frames.reloadPage();
    await vi.waitFor(() => expect(pages).toHaveLength(2));
    await vi.waitFor(() => expect(lastPage().manager.selectedMicrophone).toBe(HEADSET_MIC));
  });

  it('applies a new choice at once while the host is up', async () => {
    const { engine, lastPage } = linked();
    await engine.start();

    await engine.devices.selectDevices({ microphoneId: HEADSET_MIC.id });
    await engine.devices.selectDevices({ microphoneId: '' });

    expect(lastPage().manager.selections).toEqual([HEADSET_MIC.id, BUILT_IN_MIC.id]);
  });

  it('passes on that devices were plugged in or out', async () => {
    const { engine, lastPage } = linked();
    const changes = vi.fn();
    engine.devices.onDevicesChanged(changes);
    await engine.start();
    await engine.devices.listDevices();

    lastPage().manager.replug([BUILT_IN_MIC]);

    await vi.waitFor(() => expect(changes).toHaveBeenCalledTimes(1));
  });

  it('reports a host page without devices as such', async () => {
    const { engine } = linked(false);
    await engine.start();

    await expect(engine.devices.listDevices()).rejects.toEqual(new EngineFailure('This calling host cannot choose devices.', 501));
  });
});

describe('diagnostics over the bridge', () => {
  it('gives each host page the chosen log level as it connects, and changes it later', async () => {
    const { engine, frames, pages, lastPage } = linked();

    engine.diagnostics.setLogLevel('verbose');
    await engine.start();
    await vi.waitFor(() => expect(lastPage().levels).toEqual(['verbose']));
    frames.reloadPage();
    await vi.waitFor(() => expect(pages).toHaveLength(2));
    await vi.waitFor(() => expect(lastPage().levels).toEqual(['verbose']));

    engine.diagnostics.setLogLevel('error');
    await vi.waitFor(() => expect(lastPage().levels).toEqual(['verbose', 'error']));
  });

  it('fetches the host page’s report, checked on arrival', async () => {
    const { engine } = linked();
    await engine.start();

    expect(await engine.diagnostics.getDiagnostics()).toEqual(REPORT);
  });

  it('reports a host page without a log as such, and a level it ignores does no harm', async () => {
    const { engine } = linked(false);
    engine.diagnostics.setLogLevel('info');
    await engine.start();

    await expect(engine.diagnostics.getDiagnostics()).rejects.toEqual(new EngineFailure('This calling host keeps no log.', 501));
    expect(engine.getSnapshot().connection).toBe('connected');
  });
});

import { describe, expect, it } from 'vitest';
import { OffscreenLog } from '../../../src/offscreen/session-log.ts';
import type { DiagnosticsSource, HostDiagnostics, LogLevel } from '../../../src/shared/diagnostics.ts';
import type { EngineSnapshot } from '../../../src/shared/engine.ts';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings.ts';

function snapshot(changes: Partial<EngineSnapshot>): EngineSnapshot {
  return { rev: 1, engine: 'acs', connection: 'connected', calls: [], incoming: [], ...changes };
}

const HOST: HostDiagnostics = {
  sdkVersions: { calling: '2.0.0', common: '2.5.0', logger: '1.4.0' },
  log: [{ at: 5, level: 'warning', source: 'sdk', text: 'azure:ACS-calling:warning Trouter reconnecting' }],
  dropped: 3,
};

class FakeHost implements DiagnosticsSource {
  levels: LogLevel[] = [];
  answer: () => Promise<HostDiagnostics> = async () => HOST;
  setLogLevel(level: LogLevel): void {
    this.levels.push(level);
  }
  getDiagnostics(): Promise<HostDiagnostics> {
    return this.answer();
  }
}

function texts(log: OffscreenLog, engine = {}): Promise<string[]> {
  return log.collect(engine).then((diagnostics) => diagnostics.log.map((entry) => entry.text));
}

describe('the offscreen log', () => {
  it('records connection changes, a lost and reconnected host among them, and each engine error once', async () => {
    const log = new OffscreenLog();
    const unreachable = { code: 503, message: 'Calling host unreachable', origin: 'engine' as const, at: 10 };
    log.follow({}, { ...DEFAULT_SETTINGS, logLevel: 'info' });

    log.observe(snapshot({ connection: 'starting' }));
    log.observe(snapshot({ connection: 'connected' }));
    log.observe(snapshot({ connection: 'connected', rev: 2 }));
    log.observe(snapshot({ connection: 'failed', lastError: unreachable }));
    log.observe(snapshot({ connection: 'failed', lastError: unreachable, rev: 4 }));
    log.observe(snapshot({ connection: 'connected', connectionReason: undefined, lastError: unreachable }));
    log.observe(snapshot({ connection: 'disconnected', connectionReason: 'invalidToken', lastError: { ...unreachable, code: 401, subCode: 44111, message: 'Invalid token', origin: 'sdk', at: 20 } }));

    expect(await texts(log)).toEqual([
      'acs engine starting',
      'acs engine connected',
      'acs engine failed',
      'engine error 503: Calling host unreachable',
      'acs engine connected',
      'acs engine disconnected (invalidToken)',
      'sdk error 401/44111: Invalid token',
    ]);
  });

  it('keeps only what the chosen level asks for', async () => {
    const log = new OffscreenLog();

    log.observe(snapshot({ connection: 'connected' }));
    log.commandFailed('hold', { message: 'No call c-9.', code: 404 });

    expect(await texts(log)).toEqual(['hold refused (404): No call c-9.']);
  });

  it('sets the host engine’s level from the settings', () => {
    const host = new FakeHost();

    new OffscreenLog().follow({ diagnostics: host }, { ...DEFAULT_SETTINGS, logLevel: 'verbose' });

    expect(host.levels).toEqual(['verbose']);
  });

  it('adds the host’s log and versions to its own', async () => {
    const log = new OffscreenLog();
    log.commandFailed('startCall', { message: 'Not connected to ACS.', code: 503 });

    const diagnostics = await log.collect({ diagnostics: new FakeHost() });

    expect(diagnostics.sdkVersions).toEqual(HOST.sdkVersions);
    expect(diagnostics.log.map((entry) => [entry.source, entry.text])).toEqual([
      ['offscreen', 'startCall refused (503): Not connected to ACS.'],
      ['sdk', 'azure:ACS-calling:warning Trouter reconnecting'],
    ]);
    expect(diagnostics.dropped).toBe(3);
  });

  it('says why the host’s log is missing, and still gives its own', async () => {
    const log = new OffscreenLog();
    const host = new FakeHost();
    host.answer = () => Promise.reject(new Error('Calling host unreachable'));
    log.commandFailed('hold', { message: 'Calling host unreachable', code: 503 });

    const diagnostics = await log.collect({ diagnostics: host });

    expect(diagnostics).toMatchObject({ hostProblem: 'The calling host gave no diagnostics: Calling host unreachable', dropped: 0 });
    expect(diagnostics.log).toHaveLength(1);
    expect(diagnostics.sdkVersions).toBeUndefined();
  });
});

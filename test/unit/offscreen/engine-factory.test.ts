import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings.ts';
import { NO_HOST_MESSAGE, createEngine, engineConfigOf } from '../../../src/offscreen/engine-factory.ts';

describe('engine factory', () => {
  it('reports a missing calling host as a failed connection and refuses commands with the reason', async () => {
    const engine = createEngine({ ...DEFAULT_SETTINGS, engine: 'acs' }, 41);
    await engine.start();
    expect(engine.getSnapshot()).toMatchObject({ rev: 42, engine: 'acs', connection: 'failed', lastError: { message: NO_HOST_MESSAGE } });
    await expect(engine.startCall(['4:+14255550123'])).rejects.toThrow(NO_HOST_MESSAGE);
  });

  it('rebuilds the engine only when what it is built from changes', () => {
    const acs = { ...DEFAULT_SETTINGS, engine: 'acs' as const, callingHostUrl: 'https://calls.contoso.example/' };
    expect(engineConfigOf({ ...acs, hangUpAfterTransfer: false })).toBe(engineConfigOf(acs));
    expect(engineConfigOf({ ...acs, callingHostUrl: 'https://other.example/' })).not.toBe(engineConfigOf(acs));
    expect(engineConfigOf({ ...DEFAULT_SETTINGS, simulatorTimeScale: 0.5 })).not.toBe(engineConfigOf(DEFAULT_SETTINGS));
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings.ts';
import { NO_HOST_MESSAGE, createEngine, engineConfigOf } from '../../../src/offscreen/engine-factory.ts';
import { ENGINE_OPERATIONS } from '../../../src/shared/bridge-protocol.ts';
import { ERR } from '../../../src/shared/call-errors.ts';

describe('engine factory', () => {
  it('reports a missing calling host as a failed connection and refuses commands with the reason', async () => {
    const engine = createEngine({ ...DEFAULT_SETTINGS, engine: 'acs' }, 41);
    await engine.start();
    expect(engine.getSnapshot()).toMatchObject({ rev: 42, engine: 'acs', connection: 'failed', lastError: { message: NO_HOST_MESSAGE } });
    await expect(engine.startCall(['4:+14255550123'])).rejects.toThrow(NO_HOST_MESSAGE);
  });

  it('refuses every operation of the engine table, each with the reason and the disconnected code', async () => {
    const engine = createEngine({ ...DEFAULT_SETTINGS, engine: 'acs' }, 41);
    const names = Object.keys(ENGINE_OPERATIONS);
    expect(names).toEqual(expect.arrayContaining(['startCall', 'accept', 'hold', 'transfer', 'dismiss']));
    for (const name of names) {
      const operation: unknown = Reflect.get(engine, name);
      if (typeof operation !== 'function') throw new Error(`${name} is not an operation of the engine`);
      const outcome: Promise<unknown> = Promise.resolve(operation.call(engine, 'call-1'));
      await expect(outcome, name).rejects.toMatchObject({ name: 'EngineFailure', message: NO_HOST_MESSAGE, code: ERR.disconnected.code });
    }
    expect(engine.getSnapshot().calls).toEqual([]);
  });

  it('rebuilds the engine only when what it is built from changes', () => {
    const acs = { ...DEFAULT_SETTINGS, engine: 'acs' as const, callingHostUrl: 'https://calls.contoso.example/' };
    expect(engineConfigOf({ ...acs, hangUpAfterTransfer: false })).toBe(engineConfigOf(acs));
    expect(engineConfigOf({ ...acs, callingHostUrl: 'https://other.example/' })).not.toBe(engineConfigOf(acs));
    expect(engineConfigOf({ ...DEFAULT_SETTINGS, simulatorTimeScale: 0.5 })).not.toBe(engineConfigOf(DEFAULT_SETTINGS));
  });
});

// The SDK's log as the host page captures it, driven through the real @azure/logger the calling SDK
// logs with (a client logger named like the SDK's own, "ACS-calling").
import * as azureLogger from '@azure/logger';
import { describe, expect, it } from 'vitest';
import { SDK_VERSIONS, captureSdkLog } from '../../../src/host/sdk-log.ts';

const sdk = azureLogger.createClientLogger('ACS-calling');
const JWT = 'eyJhbGciOiJSUzI1NiJ9.eyJza3lwZWlkIjoiYWNzOjEifQ.c2lnbmF0dXJl';

describe('the SDK log in the host page', () => {
  it('keeps warnings and errors by default, with their level, and not the chatter', () => {
    const log = captureSdkLog(azureLogger);

    sdk.verbose('ECS config fetched');
    sdk.info('CallAgent created');
    sdk.warning('Trouter reconnecting in', 1100, 'ms');
    sdk.error(new Error('createCallAgent failed'));

    expect(log.report().log).toEqual([
      expect.objectContaining({ level: 'warning', source: 'sdk', text: 'azure:ACS-calling:warning Trouter reconnecting in 1100 ms' }),
      expect.objectContaining({ level: 'error', source: 'sdk', text: 'azure:ACS-calling:error Error: createCallAgent failed' }),
    ]);
  });

  it('follows the level the extension chooses', () => {
    const log = captureSdkLog(azureLogger);

    log.setLevel('verbose');
    sdk.verbose('devices enumerated');
    log.setLevel('error');
    sdk.warning('not kept any more');

    expect(log.report().log.map((entry) => entry.level)).toEqual(['verbose']);
  });

  it('writes objects as JSON, and survives ones that are not', () => {
    const log = captureSdkLog(azureLogger);
    const circular: Record<string, unknown> = { name: 'call' };
    circular.self = circular;

    sdk.warning('state', { callId: 'c-1', state: 'Connected' }, circular);

    expect(log.report().log[0]?.text).toBe('azure:ACS-calling:warning state {"callId":"c-1","state":"Connected"} [object Object]');
  });

  it('redacts what the SDK logs about tokens', () => {
    const log = captureSdkLog(azureLogger);

    sdk.error(`token refresh failed for ${JWT}`, { token: 'opaque-secret-42' });

    const text = log.report().log[0]?.text ?? '';
    expect(text).not.toContain('eyJ');
    expect(text).not.toContain('opaque-secret-42');
  });

  it('reports the SDK versions bundled into the page', () => {
    const report = captureSdkLog(azureLogger).report();

    expect(report.sdkVersions).toEqual(SDK_VERSIONS);
    expect(SDK_VERSIONS).toMatchObject({ calling: '2.0.0', common: '2.5.0' });
    expect(report.dropped).toBe(0);
  });
});

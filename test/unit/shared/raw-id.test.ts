import { describe, expect, it } from 'vitest';
import { canReceiveVoicemail, classifyRawId } from '../../../src/shared/raw-id.ts';

const GUID = '6f1c2b7a-3d4e-4f5a-9b8c-7d6e5f4a3b2c';

describe('classifyRawId', () => {
  it.each([
    ['4:+14255550123', { kind: 'phoneNumber', e164: '+14255550123' }],
    ['8:acs:1b2c3d4e-0000-4000-8000-000000000001_00000020-aaaa', { kind: 'communicationUser', cloud: 'public' }],
    ['8:dod-acs:abc_def', { kind: 'communicationUser', cloud: 'dod' }],
    ['8:gcch-acs:abc_def', { kind: 'communicationUser', cloud: 'gcch' }],
    ['8:spool:abc', { kind: 'communicationUser', cloud: 'public' }],
    [`8:orgid:${GUID}`, { kind: 'microsoftTeamsUser', cloud: 'public', isAnonymous: false }],
    [`8:dod:${GUID}`, { kind: 'microsoftTeamsUser', cloud: 'dod', isAnonymous: false }],
    [`8:gcch:${GUID}`, { kind: 'microsoftTeamsUser', cloud: 'gcch', isAnonymous: false }],
    ['8:teamsvisitor:abc123', { kind: 'microsoftTeamsUser', cloud: 'public', isAnonymous: true }],
    [`28:orgid:${GUID}`, { kind: 'microsoftTeamsApp', cloud: 'public' }],
    [`28:gcch:${GUID}`, { kind: 'microsoftTeamsApp', cloud: 'gcch' }],
  ])('classifies %s', (rawId, expected) => {
    expect(classifyRawId(rawId)).toEqual(expected);
  });

  it.each([
    '',
    '4:14255550123',
    '4:+0123456789',
    '4:+1234',
    '4:anonymous',
    '8:acs:a:b',
    '8:orgid:not-a-guid',
    '8:unknown:abc',
    '28:acs:abc',
    '9:acs:abc',
    '+14255550123',
    '8:acs:',
    `8:orgid:${GUID}x`,
    '8:acs:<script>',
  ])('rejects %j', (rawId) => {
    expect(classifyRawId(rawId)).toBeUndefined();
  });

  it('offers voicemail only to named Teams users', () => {
    expect(canReceiveVoicemail(`8:orgid:${GUID}`)).toBe(true);
    expect(canReceiveVoicemail(`8:gcch:${GUID}`)).toBe(true);
    expect(canReceiveVoicemail('8:teamsvisitor:abc')).toBe(false);
    expect(canReceiveVoicemail('8:acs:abc_def')).toBe(false);
    expect(canReceiveVoicemail('4:+14255550123')).toBe(false);
    expect(canReceiveVoicemail(`28:orgid:${GUID}`)).toBe(false);
  });
});

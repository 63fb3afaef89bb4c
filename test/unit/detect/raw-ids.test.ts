import { describe, expect, it } from 'vitest';
import { findTargetsInText } from '../../../src/shared/detect/index.ts';

const ACS_USER = '8:acs:1b2c3d4e-5f60-7182-93a4-b5c6d7e8f901_00000020-1a2b-3c4d-5e6f-7a8b9c0d1e2f';
const GUID = '6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b';

function rawIds(text: string): string[] {
  return findTargetsInText(text).map((target) => target.rawId);
}

describe('raw ids in text', () => {
  it.each([
    '4:+14255550123',
    ACS_USER,
    '8:dod-acs:9a8b7c6d_0001',
    '8:gcch-acs:0f1e2d3c_4b5a',
    '8:spool:a1b2c3d4e5f6_0000',
    `8:orgid:${GUID}`,
    `8:dod:${GUID}`,
    `8:gcch:${GUID}`,
    '8:teamsvisitor:c2d1e0f9a8b7_4455',
    `28:orgid:${GUID}`,
    `28:dod:${GUID}`,
    `28:gcch:${GUID}`,
  ])('finds %s with its offsets', (rawId) => {
    const text = `Transfer to ${rawId}.`;
    expect(findTargetsInText(text)).toEqual([expect.objectContaining({ start: 12, end: 12 + rawId.length, rawId })]);
  });

  it('takes a phone raw id whole, not the number inside it', () => {
    expect(findTargetsInText('to 4:+14255550123 now', { defaultCountry: 'US' })).toEqual([
      expect.objectContaining({ start: 3, end: 17, rawId: '4:+14255550123', display: '+1 425 555 0123' }),
    ]);
  });

  it.each([
    ['inside a URL path', 'https://contoso.example/agents/8:acs:1b2c3d4e_0001/profile'],
    ['inside a query string', `?id=8:orgid:${GUID}`],
    ['glued to a word', 'x8:acs:abc_def'],
    ['with an extra segment', '8:acs:a:b'],
    ['with a malformed GUID', '8:orgid:not-a-guid'],
    ['with a short app id', '28:orgid:1234'],
    ['with an unknown prefix', '8:unknown:abc'],
    ['with a leading zero', '4:+0123456789'],
    ['as a GUID without prefix', GUID],
    ['with an overlong ACS suffix', `8:acs:${'a'.repeat(300)}`],
  ])('ignores an id %s', (_case, text) => {
    expect(rawIds(text)).toEqual([]);
  });
});

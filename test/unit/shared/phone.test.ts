import { describe, expect, it } from 'vitest';
import { displayTarget, parseTarget, toE164 } from '../../../src/shared/phone.ts';

describe('phone numbers', () => {
  it.each([
    ['+1 425-555-0123', undefined, '+14255550123'],
    ['+44 20 7946 0958', undefined, '+442079460958'],
    ['(425) 555-0123', 'US', '+14255550123'],
    ['020 7946 0958', 'GB', '+442079460958'],
    ['912 345 678', 'ES', '+34912345678'],
    ['tel:+1%20(425)%20555-0123', undefined, '+14255550123'],
  ] as const)('normalises %s (%s) to %s', (input, country, expected) => {
    expect(toE164(input, country)).toBe(expected);
  });

  it.each(['', '12345', '+1 555', '(425) 555-0123', 'hello', '+99 123 456 789', '%E0%A4%A'])('rejects %j without a country', (input) => {
    expect(toE164(input)).toBeUndefined();
  });

  it('turns typed input into raw ids and leaves raw ids alone', () => {
    expect(parseTarget(' +34 912 345 678 ')).toBe('4:+34912345678');
    expect(parseTarget('8:acs:abc_def')).toBe('8:acs:abc_def');
    expect(parseTarget('(425) 555-0123', 'US')).toBe('4:+14255550123');
    expect(parseTarget('not a number')).toBeUndefined();
  });

  it('displays phone numbers grouped and long ids shortened', () => {
    expect(displayTarget('4:+14255550123')).toBe('+1 425 555 0123');
    const long = '8:acs:1b2c3d4e-0000-4000-8000-000000000001_00000020-aaaa-bbbb-cccc-000000000001';
    const shown = displayTarget(long);
    expect(shown.length).toBeLessThan(long.length);
    expect(shown.startsWith('8:acs:')).toBe(true);
  });
});

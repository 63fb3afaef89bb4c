import { describe, expect, it } from 'vitest';
import { isPhoneFieldLabel, targetFromFieldValue } from '../../../src/shared/detect/index.ts';

describe('targetFromFieldValue', () => {
  it.each([
    ['4255550123', '4:+14255550123'],
    [' (425) 555-0123 ', '4:+14255550123'],
    ['425-555-0123 x12', '4:+14255550123'],
    ['425.555.0123 ext. 45', '4:+14255550123'],
    ['+44 20 7946 0958', '4:+442079460958'],
    ['8:acs:1b2c3d4e_0001', '8:acs:1b2c3d4e_0001'],
  ])('reads a phone field holding "%s"', (value, rawId) => {
    expect(targetFromFieldValue(value, { defaultCountry: 'US' })).toBe(rawId);
  });

  it('reads national values with the default country', () => {
    expect(targetFromFieldValue('020 7946 0958', { defaultCountry: 'GB' })).toBe('4:+442079460958');
    expect(targetFromFieldValue('020 7946 0958')).toBeUndefined();
  });

  it.each(['', 'n/a', 'Order 4255550123', '4255550123 (old)', '555-0123', '1234567890', `+1 ${'5'.repeat(60)}`])(
    'has no target for "%s"',
    (value) => {
      expect(targetFromFieldValue(value, { defaultCountry: 'US' })).toBeUndefined();
    },
  );
});

describe('isPhoneFieldLabel', () => {
  it.each([
    'Phone', 'PHONE', 'Tel', 'Tel.', 'Telephone', 'Mobile', 'Cell', 'Work phone', 'Mobile Phone:', 'Teléfono', 'Móvil',
    'Celular', 'Téléphone', 'Telefon', 'Telefonnummer', 'Handy', 'Tel/Fax', 'mobilePhone', 'phone_number', 'work-phone',
  ])('%s is a phone label', (label) => {
    expect(isPhoneFieldLabel(label)).toBe(true);
  });

  it.each(['Telegram', 'Phonetic', 'Hotel', 'Cellar', 'Fax', 'Telefax', 'Email', 'Home address', 'Account number', ''])(
    '%s is not',
    (label) => {
      expect(isPhoneFieldLabel(label)).toBe(false);
    },
  );
});

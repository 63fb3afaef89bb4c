import { describe, expect, it } from 'vitest';
import { findTargetsInText } from '../../../src/shared/detect/index.ts';

function rawIds(text: string, defaultCountry?: string): string[] {
  return findTargetsInText(text, { defaultCountry }).map((target) => target.rawId);
}

describe('phone numbers in text', () => {
  it.each([
    ['US', '(425) 555-0123', '4:+14255550123'],
    ['US', '425.555.0123', '4:+14255550123'],
    ['US', '1-800-555-0199', '4:+18005550199'],
    ['GB', '020 7946 0958', '4:+442079460958'],
    ['GB', '+44 (0)20 7946 0958', '4:+442079460958'],
    ['DE', '030 12345678', '4:+493012345678'],
    ['DE', '0171/1234567', '4:+491711234567'],
    ['DE', '+49 30 1234567-22', '4:+4930123456722'],
    ['ES', '91 123 45 67', '4:+34911234567'],
    ['FR', '06.12.34.56.78', '4:+33612345678'],
    ['FR', '0033 1 42 12 34 56', '4:+33142123456'],
    ['MX', '(33) 1234-5678', '4:+523312345678'],
    ['IN', '98765 43210', '4:+919876543210'],
    ['BR', '(11) 91234-5678', '4:+5511912345678'],
  ])('finds a %s number written "%s"', (country, written, rawId) => {
    const text = `Call ${written} today`;
    expect(findTargetsInText(text, { defaultCountry: country })).toEqual([
      expect.objectContaining({ start: 5, end: 5 + written.length, rawId }),
    ]);
  });

  it('finds international numbers without a default country, and only those', () => {
    expect(rawIds('+1 425-555-0123 or (425) 555-0199')).toEqual(['4:+14255550123']);
    expect(rawIds('+1 425-555-0123', 'XX')).toEqual(['4:+14255550123']);
  });

  it('shows numbers in international format', () => {
    expect(findTargetsInText('(425) 555-0123', { defaultCountry: 'US' })[0]?.display).toBe('+1 425 555 0123');
  });

  it('finds numbers separated by no-break, thin and zero-width spaces', () => {
    expect(rawIds('Tel\u00A0+1\u00A0425\u00A0555\u00A00123 · 425\u2009555\u20090199 · 206\u200B555\u200B0147', 'US')).toEqual([
      '4:+14255550123',
      '4:+14255550199',
      '4:+12065550147',
    ]);
  });

  it('finds a number wrapped in right-to-left marks', () => {
    expect(rawIds('\u200F+966 50 123 4567\u200F')).toEqual(['4:+966501234567']);
  });
});

describe('extensions', () => {
  it.each([
    ['+1 425-555-0123 x123', '123'],
    ['+1 425-555-0123 x 123', '123'],
    ['+1 425-555-0123 ext. 45', '45'],
    ['+1 425-555-0123 ext 45', '45'],
    ['+1 425-555-0123 ext.45', '45'],
    ['+1 425-555-0123, ext 45', '45'],
    ['+1 425-555-0123 #45', '45'],
    ['+1 425-555-0123 extension 22', '22'],
    ['+1 425-555-0123 extensión 12', '12'],
    ['+1 425-555-0123x9', '9'],
  ])('"%s" dials the number and shows extension %s', (text, extension) => {
    expect(findTargetsInText(`${text} (desk)`)).toEqual([
      { start: 0, end: text.length, rawId: '4:+14255550123', display: '+1 425 555 0123', extension },
    ]);
  });

  it('has no extension when none is written', () => {
    expect(findTargetsInText('+1 425-555-0123 xyz')[0]).not.toHaveProperty('extension');
  });
});

describe('bare digit runs', () => {
  it('are ids in text, not phone numbers', () => {
    expect(rawIds('Order 7852220666, callback 4255550123', 'US')).toEqual([]);
    expect(rawIds('Customer 4255550123 called', 'US')).toEqual([]);
  });

  it('count right after a phone label', () => {
    expect(rawIds('Phone: 4255550123 · Mobile 2065550147 · Tel.-Nr. 03012345678', 'US')).toEqual([
      '4:+14255550123',
      '4:+12065550147',
    ]);
    expect(rawIds('Tel.-Nr. 03012345678', 'DE')).toEqual(['4:+493012345678']);
  });

  it('count with a leading +', () => {
    expect(rawIds('+14255550123')).toEqual(['4:+14255550123']);
  });
});

describe('overlaps', () => {
  it('lets an extension win over a number that starts inside it', () => {
    expect(findTargetsInText('+1 425-555-0123 x 425 555 0199')).toEqual([
      expect.objectContaining({ start: 0, end: 21, rawId: '4:+14255550123', extension: '425' }),
    ]);
  });
});

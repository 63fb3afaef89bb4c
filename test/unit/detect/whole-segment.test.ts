import { findPhoneNumbersInText, parsePhoneNumberFromString, type CountryCode, type NumberFound } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { wholeSegmentNumber } from '../../../src/shared/detect/whole-segment.ts';
import { seededRandom } from './fuzz-inputs.ts';

function summary(found: readonly NumberFound[]): string[] {
  return found.map(({ number, startsAt, endsAt }) => `${startsAt}-${endsAt} ${number.number} ${number.country ?? ''} ${number.ext ?? ''}`);
}

// Valid numbers of the countries the corpus covers; the generator redraws their last digits.
const BASES = [
  '+12133734253', '+14255550123', '+16172530191', '+13126840176', '+18005550199', '+442079460958', '+447400123456',
  '+493090182000', '+491711234567', '+34912345678', '+34612345678', '+33142685300', '+33612345678', '+525512345678',
  '+523312345678', '+5511912345678', '+551133334444', '+919876543210', '+31201234567', '+81312345678',
];
const COUNTRIES: (CountryCode | undefined)[] = [undefined, 'US', 'GB', 'DE', 'ES', 'FR', 'MX', 'BR', 'IN', 'NL', 'JP'];
const SEPARATORS = [' ', ' ', '-', '-', '.', '\u00A0', ' - ', '', '  ', '/', '. '];

/** A number written the way pages write them, or nearly: regrouped, punctuated, digits redrawn. */
function writtenNumber(random: () => number): string {
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const base = pick(BASES);
  const e164 = base.slice(0, -3) + String(Math.floor(random() * 1000)).padStart(3, '0');
  const number = parsePhoneNumberFromString(e164);
  if (!number) return e164;
  const national = random() < 0.5;
  let digits = national ? number.formatNational().replace(/\D/g, '') : number.nationalNumber;
  if (random() < 0.1) digits += String(Math.floor(random() * 10));
  const groups: string[] = [];
  for (let rest = digits; rest.length > 0; ) {
    const size = 1 + Math.floor(random() * 4);
    groups.push(rest.slice(0, size));
    rest = rest.slice(size);
  }
  const bracketed = Math.floor(random() * Math.min(3, groups.length));
  if (random() < 0.3) groups[bracketed] = `(${groups[bracketed]})`;
  const body = groups.reduce((text, group) => text + pick(SEPARATORS) + group);
  return national ? body : `+${number.countryCallingCode}${pick([' ', '', '-', ' (0) ', '.'])}${body}`;
}

describe('wholeSegmentNumber', () => {
  it.each([
    ['(213) 373-5274', 'US'],
    ['+1 (425) 555-0123', undefined],
    ['+1(425)555-0123', 'US'],
    ['617.253.5903', 'US'],
    ['+44 (0)20 7946 0958', 'GB'],
    ['+49 30 90182000', 'US'],
    ['06\u00A012\u00A034\u00A056\u00A078', 'FR'],
  ] as const)('takes "%s" as one number', (segment, country) => {
    const found = wholeSegmentNumber(segment, country);
    expect(found).toBeDefined();
    expect(summary(found ? [found] : [])).toEqual(summary(findPhoneNumbersInText(segment, { defaultCountry: country })));
  });

  it.each([
    ['0171/1234567', 'a slash'],
    ['+1 425 555 0123 +1 425 555 0124', 'a second plus'],
    ['06 12 34 56 78 06 98 76 54 32', 'two numbers, invalid as one'],
    ['12345678901234567890', 'more digits than any number'],
    ['(425) (555) 0123', 'two bracket pairs'],
    ['425-555-0123 (2003', 'an unclosed bracket'],
    ['1-425 (555) 0123', 'the shape of cited pages, "211-227 (2003)"'],
  ])('leaves "%s" to the finder (%s)', (segment) => {
    expect(wholeSegmentNumber(segment, 'US')).toBeUndefined();
  });

  it('agrees with findPhoneNumbersInText whenever it answers', () => {
    const random = seededRandom(20250610);
    let answered = 0;
    for (let round = 0; round < 1500; round += 1) {
      const segment = writtenNumber(random);
      for (const country of COUNTRIES) {
        const found = wholeSegmentNumber(segment, country);
        if (!found) continue;
        answered += 1;
        expect(summary([found]), `${segment} for ${country ?? 'no country'}`).toEqual(
          summary(findPhoneNumbersInText(segment, { defaultCountry: country })),
        );
      }
    }
    // Enough of the generated numbers take the direct path for the comparison to mean something.
    expect(answered).toBeGreaterThan(3000);
  });
});

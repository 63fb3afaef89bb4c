import { isSupportedCountry, type CountryCode } from '../libphonenumber.ts';

// Asked once per scanned text node, so the answer is remembered (there are only ~250 codes).
const known = new Map<string, CountryCode | undefined>();

/** The settings store '' for "no country"; anything libphonenumber has no metadata for means the same. */
export function toCountryCode(code: string | undefined): CountryCode | undefined {
  if (code === undefined) return undefined;
  if (!known.has(code)) known.set(code, isSupportedCountry(code) ? code : undefined);
  return known.get(code);
}

// Google's Leniency.VALID also requires the national (trunk) prefix on numbers written in national
// format when the country always writes it (isNationalPrefixPresentIfRequired, PhoneNumberMatcher
// .java); libphonenumber-js skips that check "for simplicity" (source/findNumbers/Leniency.js), so
// it is applied here. It keeps ids such as the German tax number "21/815/08150" or the French
// "SIREN 123 456 789" out, which are otherwise valid national numbers.
import type { CountryCode } from 'libphonenumber-js/max';

// Countries whose formats in libphonenumber-js 1.13.16 metadata.max.json all carry a "0…" national
// prefix formatting rule that is never optional.
const WRITES_TRUNK_PREFIX: ReadonlySet<string> = new Set([
  'AF', 'AL', 'AM', 'AT', 'AZ', 'BA', 'BD', 'BE', 'BG', 'CD', 'CH', 'CU', 'DE', 'DZ', 'EG', 'ER', 'ET', 'FI', 'FR',
  'GB', 'GF', 'GH', 'GP', 'HR', 'IQ', 'IR', 'JO', 'JP', 'KE', 'KG', 'KP', 'LA', 'LK', 'LR', 'LY', 'MA', 'MD', 'ME',
  'MG', 'MK', 'MM', 'MQ', 'MW', 'NA', 'NG', 'NL', 'NZ', 'RE', 'RO', 'RS', 'SD', 'SE', 'SI', 'SK', 'SL', 'SS', 'TW',
  'UA', 'UG', 'VE', 'XK', 'YE', 'ZA', 'ZM', 'ZW',
]);

/**
 * True when `written` is a national number with neither the trunk prefix nor a country code in a
 * country that always writes the prefix ("123 456 789" in France, where "01 23 45 67 89" is usual).
 */
export function lacksTrunkPrefix(written: string, nationalNumber: string, country: CountryCode | undefined): boolean {
  if (country === undefined || !WRITES_TRUNK_PREFIX.has(country)) return false;
  return written.replace(/\D/g, '') === nationalNumber;
}

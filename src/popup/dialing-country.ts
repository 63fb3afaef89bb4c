import { isSupportedCountry, type CountryCode } from 'libphonenumber-js/max';

/**
 * The country for numbers typed without a country code: the setting, or for "Browser default"
 * (an empty setting) the region of the browser's UI language, e.g. GB for en-GB.
 */
export function dialingCountry(setting: string, locale: string): CountryCode | undefined {
  const country = setting || new Intl.Locale(locale).region;
  return country !== undefined && isSupportedCountry(country) ? country : undefined;
}

import { t } from '../platform/i18n.ts';

/** Where contact centres using this are most likely to be; any other stored country is still shown. */
const COMMON_COUNTRIES: readonly string[] = [
  'AR', 'AT', 'AU', 'BE', 'BR', 'CA', 'CH', 'CL', 'CO', 'DE', 'DK', 'ES', 'FI', 'FR', 'GB', 'IE',
  'IN', 'IT', 'JP', 'MX', 'NL', 'NO', 'NZ', 'PE', 'PL', 'PT', 'SE', 'SG', 'US', 'ZA',
];

export interface CountryOption {
  value: string;
  label: string;
}

/** "Browser default" first, then countries by their name in the UI language. */
export function countryOptions(locale: string, selected: string): CountryOption[] {
  const names = new Intl.DisplayNames([locale], { type: 'region' });
  const codes = selected && !COMMON_COUNTRIES.includes(selected) ? [...COMMON_COUNTRIES, selected] : COMMON_COUNTRIES;
  const countries = codes
    .map((code) => ({ value: code, label: names.of(code) ?? code }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
  return [{ value: '', label: t('options_browserDefault') }, ...countries];
}

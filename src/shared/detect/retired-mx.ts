// Mexico dialled every number as its ten digits from 3 August 2019 and dropped the prefixes before
// them: "01" (national trunk), "044" (a mobile in the caller's area), "045" (a mobile in another
// area) and the "1" after +52 (a mobile from abroad). libphonenumber-js 1.13.16 metadata.max.json
// reads none of them (MX has no national prefix, and "+52 1" makes eleven digits), yet CRM records
// from before then are full of them, and each names the number its ten digits name today. So the
// prefix is blanked, one space per character so that offsets hold, before libphonenumber reads the
// text: "044 55 8765 4321" in Mexico and "+52 1 55 2345 6789" anywhere read as +52 55 8765 4321
// and +52 55 2345 6789. libphonenumber still has to find a valid ten-digit number after the blank.
import type { CountryCode } from '../libphonenumber.ts';
import { SEPARATOR_CLASS } from './characters.ts';

const SEPARATORS = `[${SEPARATOR_CLASS}]`;
// Current numbers start with 2–9 ([2-9]\d{9} in the metadata), so a "1" between the country code
// and one is never part of it. The country code comes after "+" or an international prefix
// ("00 52 1 …" from Europe, "011 52 1 …" from the US), which libphonenumber reads for the country.
const COUNTRY_CODE = `(?:\\+|(?<!\\d)(?:00|011)${SEPARATORS}{0,3})52`;
const MOBILE_FROM_ABROAD = new RegExp(`(?<=${COUNTRY_CODE}${SEPARATORS}{0,3})1(?=${SEPARATORS}{0,3}[2-9])`, 'g');
// A prefix is a digit group of its own ("044 55 …", "01 (55) …") or glued to exactly ten digits
// ("0445587654321"); it starts a number, so no digit or "+" stands before it, nor a digit group
// joined to it by one separator. The "0445" of a tracking number "0445 5876 5432" is no prefix.
const NATIONAL_PREFIX = new RegExp(
  `(?<![\\d+]${SEPARATORS}?)(?:01|04[45])(?=${SEPARATORS}{1,3}[2-9]|[2-9]\\d{9}(?!\\d))`,
  'g',
);

/** A segment as libphonenumber should read it, and where the national prefixes blanked in it start. */
export interface CurrentForm {
  text: string;
  prefixStarts: number[];
}

/** `written` with the retired prefixes blanked (national ones only for Mexico); same length. */
export function currentForm(written: string, country: CountryCode | undefined): CurrentForm {
  const prefixStarts: number[] = [];
  const blank = (prefix: string, offset: number): string => {
    prefixStarts.push(offset);
    return ' '.repeat(prefix.length);
  };
  const national = country === 'MX' ? written.replace(NATIONAL_PREFIX, blank) : written;
  const text = national.includes('52') ? national.replace(MOBILE_FROM_ABROAD, ' ') : national;
  return { text, prefixStarts };
}

const ONLY_SEPARATORS = new RegExp(`^${SEPARATORS}*$`);

/** Where a number found at `start` in the current form begins as written: at its blanked prefix, if it has one. */
export function writtenStart(form: CurrentForm, start: number): number {
  const prefixStart = form.prefixStarts.findLast((prefix) => prefix < start);
  return prefixStart !== undefined && ONLY_SEPARATORS.test(form.text.slice(prefixStart, start)) ? prefixStart : start;
}

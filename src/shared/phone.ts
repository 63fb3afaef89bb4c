// Phone numbers to and from raw ids. libphonenumber-js with full metadata validates digit
// patterns, not only lengths.
import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from './libphonenumber.ts';
import { classifyRawId, phoneRawId } from './raw-id.ts';

/** Parses text an agent typed or a page shows into E.164, or undefined when it is not a valid number. */
export function toE164(text: string, defaultCountry?: CountryCode): string | undefined {
  const cleaned = text.replace(/^(?:tel|callto):/i, '').trim();
  if (cleaned.length === 0 || cleaned.length > 40) return undefined;
  const parsed = parsePhoneNumberFromString(decodeURIComponentSafe(cleaned), defaultCountry);
  return parsed?.isValid() ? parsed.number : undefined;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** "+1 425 555 0123" style, for people; the raw id stays the truth. */
export function formatE164(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}

/**
 * Turns what an agent typed (a raw id, or a phone number in any common format) into a raw id.
 * Returns undefined for anything else.
 */
export function parseTarget(input: string, defaultCountry?: CountryCode): string | undefined {
  const trimmed = input.trim();
  if (classifyRawId(trimmed)) return trimmed;
  const e164 = toE164(trimmed, defaultCountry);
  return e164 ? phoneRawId(e164) : undefined;
}

/** How a target reads in the UI: phone numbers formatted, ids shortened in the middle. */
export function displayTarget(rawId: string): string {
  const kind = classifyRawId(rawId);
  if (kind?.kind === 'phoneNumber') return formatE164(kind.e164);
  return rawId.length > 36 ? `${rawId.slice(0, 24)}…${rawId.slice(-8)}` : rawId;
}

/**
 * The country for numbers written without a country code: the setting, or for "Browser default"
 * (an empty setting) the region of the browser's UI language, e.g. GB for en-GB.
 */
export function dialingCountry(setting: string, locale: string): CountryCode | undefined {
  const country = setting || new Intl.Locale(locale).region;
  return country !== undefined && isSupportedCountry(country) ? country : undefined;
}

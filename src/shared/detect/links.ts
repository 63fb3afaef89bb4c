// Targets of tel:, callto: and sip: links. The markup itself says "this is a phone number"
// (RFC 3966), so a number only has to be possible for its country, not in a known range: new
// ranges reach pages before they reach libphonenumber's metadata.
import { parsePhoneNumberFromString } from '../libphonenumber.ts';
import { phoneRawId } from '../raw-id.ts';
import { isWrittenPhoneNumber } from './characters.ts';
import { toCountryCode } from './country.ts';
import { currentForm } from './retired-mx.ts';
import type { DetectOptions } from './text-target.ts';

const LINK = /^(tel|callto|sips?):([^?#]*)/i;
const MAX_NUMBER_LENGTH = 40;

/** The raw id a tel:, callto: or sip: link points at, or undefined. */
export function targetFromHref(href: string, options: DetectOptions = {}): string | undefined {
  const match = LINK.exec(href.trim());
  if (!match?.[1] || match[2] === undefined) return undefined;
  const body = decodeSafely(match[2]);
  const number = match[1].toLowerCase().startsWith('sip') ? sipPhoneUser(body) : telNumber(body);
  if (number === undefined || number.length > MAX_NUMBER_LENGTH || !isWrittenPhoneNumber(number)) return undefined;
  const country = toCountryCode(options.defaultCountry);
  const parsed = parsePhoneNumberFromString(currentForm(number, country).text, { defaultCountry: country, extract: false });
  return parsed?.isPossible() ? phoneRawId(parsed.number) : undefined;
}

/** "tel:+1-425-555-0123;ext=45", "callto://+14255550123": the number before any parameter. */
function telNumber(body: string): string {
  return (body.replace(/^\/\//, '').split(';')[0] ?? '').trim();
}

/**
 * "sip:+14255550123@host;user=phone": only a user part in E.164 is a phone number; other SIP
 * users ("sip:alice@host") are not targets.
 */
function sipPhoneUser(body: string): string | undefined {
  const at = body.indexOf('@');
  if (at < 0) return undefined;
  const user = (body.slice(0, at).split(/[;:]/)[0] ?? '').trim();
  return user.startsWith('+') ? user : undefined;
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

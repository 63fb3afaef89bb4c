// Values of form fields and CRM fields the content script knows hold a phone number (their label
// passes isPhoneFieldLabel, or the input is type="tel"). The label vouches for the value, so a bare
// digit run such as "4255550123" counts here although it does not in free text.
import { parsePhoneNumberFromString } from '../libphonenumber.ts';
import { classifyRawId, phoneRawId } from '../raw-id.ts';
import { isWrittenPhoneNumber } from './characters.ts';
import { toCountryCode } from './country.ts';
import { withoutExtension } from './extension.ts';
import { currentForm } from './retired-mx.ts';
import type { DetectOptions } from './text-target.ts';
import { foldWideDigits } from './wide-digits.ts';

const MAX_VALUE_LENGTH = 40;

/** The raw id a phone field's whole value stands for (a raw id or a valid number), or undefined. */
export function targetFromFieldValue(value: string, options: DetectOptions = {}): string | undefined {
  const trimmed = foldWideDigits(value).trim();
  if (classifyRawId(trimmed)) return trimmed;
  if (trimmed.length > MAX_VALUE_LENGTH) return undefined;
  const number = withoutExtension(trimmed);
  if (!isWrittenPhoneNumber(number)) return undefined;
  const country = toCountryCode(options.defaultCountry);
  const parsed = parsePhoneNumberFromString(currentForm(number, country).text, { defaultCountry: country, extract: false });
  return parsed?.isValid() ? phoneRawId(parsed.number) : undefined;
}

// Characters that separate digit groups in written phone numbers, as a regex class body: spaces
// (also no-break, figure, thin and narrow no-break), dashes (hyphen to horizontal bar, minus),
// dots, slashes, parentheses, and the soft hyphen, zero-width space and word joiner that editors
// and CMSs slip into numbers. libphonenumber accepts the same characters as punctuation
// (VALID_PUNCTUATION in libphonenumber-js source/constants.js). No tab and no newline: those
// separate table cells and lines, never digit groups.
export const SEPARATOR_CLASS = ' \\u00A0\\u2007\\u2009\\u202F\\-\\u2010-\\u2015\\u2212./()\\u00AD\\u200B\\u2060';

/** Space, no-break, figure, thin or narrow no-break space: what separates tokens inside a run. */
export function isSpace(code: number): boolean {
  return code === 0x20 || code === 0xa0 || code === 0x2007 || code === 0x2009 || code === 0x202f;
}

export function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function countDigits(text: string): number {
  let digits = 0;
  for (let index = 0; index < text.length; index += 1) if (isAsciiDigit(text.charCodeAt(index))) digits += 1;
  return digits;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Letters, digits and "_" of any script, as \p{L}, \p{N} and _ in a regex; ASCII answered without one. */
export function isWordCharacter(code: number): boolean {
  if (code < 128) return isAsciiDigit(code) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
  return LETTER_OR_DIGIT.test(String.fromCharCode(code));
}

const WRITTEN_PHONE_NUMBER = new RegExp(`^\\+?[\\d${SEPARATOR_CLASS}]+$`);

/** Only what a phone number is written with: an optional "+", digits and separators. */
export function isWrittenPhoneNumber(text: string): boolean {
  return WRITTEN_PHONE_NUMBER.test(text);
}

export function isBareDigits(text: string): boolean {
  return /^\d+$/.test(text);
}

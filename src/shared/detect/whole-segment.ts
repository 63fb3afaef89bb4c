// Most candidate segments are one written phone number and nothing else: a table cell's
// "(213) 373-5274", "+49 30 90182000". For those, findPhoneNumbersInText would build a matcher
// (seven regexes) and scan the segment only to end up making the calls below on the whole of it,
// which is a third of its cost. This does those calls directly, for segments of a shape where
// PhoneNumberMatcher.js (libphonenumber-js 1.13.16) provably takes the whole segment as its one
// candidate: its PATTERN matches all of it, parsePreCandidate and isValidPreCandidate keep it,
// and isValidCandidate has no text around it to object to. Anything else, and any segment that
// is not a valid number as a whole (the matcher would then look for numbers inside it), is left
// to findPhoneNumbersInText.
import { parsePhoneNumberFromString, type CountryCode, type NumberFound } from '../libphonenumber.ts';
import { countDigits } from './characters.ts';

// Digit groups joined by at most three spaces (also no-break), dots or dashes, with at most one
// parenthesised group and an optional leading "+": "(213) 373-5274", "+1 (425) 555-0123",
// "617.253.5903". No slash (slash dates and the matcher's inner matches), no letters (extensions),
// and it ends in a digit. One bracket pair satisfies the matcher's MATCHING_BRACKETS_ENTIRE, and
// separators around it add up to at most four, its limit on consecutive punctuation.
const GROUPS = '\\d+(?:[ \\u00A0.\\-]{1,3}\\d+)*';
const SEPARATORS = '[ \\u00A0.\\-]{0,3}';
// Groups before the bracket pair are only tried when there is one, so the test stays linear.
const WHOLE_NUMBER_SHAPE = new RegExp(`^\\+?(?:(?:${GROUPS}${SEPARATORS})?\\(\\d+\\)${SEPARATORS})?${GROUPS}$`);
// The matcher's PATTERN takes at most 20 digits per group, so a longer segment might not be one
// candidate; no valid number has more than 17 digits (MAX_LENGTH_FOR_NSN) besides its calling code.
const MAX_DIGITS = 17;
// isValidCandidate.js rejects citations such as "211-227 (2003)" with this pattern.
const PUBLICATION_PAGES = /\d{1,5}-+\d{1,5}\s{0,4}\(\d{1,4}/;

/**
 * The number found in `segment` when it is a valid phone number as a whole, exactly as
 * findPhoneNumbersInText would report it; undefined when only findPhoneNumbersInText can say.
 */
export function wholeSegmentNumber(segment: string, country: CountryCode | undefined): NumberFound | undefined {
  if (!isWholeCandidate(segment)) return undefined;
  const number = parsePhoneNumberFromString(segment, { defaultCountry: country });
  // The matcher's parseAndVerify with VALID leniency: possible, then valid (its check of "x"
  // characters has none to look at here).
  if (!number?.isPossible() || !number.isValid()) return undefined;
  return { number, startsAt: 0, endsAt: segment.length };
}

function isWholeCandidate(segment: string): boolean {
  return WHOLE_NUMBER_SHAPE.test(segment) && countDigits(segment) <= MAX_DIGITS && !PUBLICATION_PAGES.test(segment);
}

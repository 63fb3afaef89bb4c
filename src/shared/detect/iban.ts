// IBANs (ISO 13616): two letters, two check digits, then up to 30 letters and digits printed in
// groups of four. Their digit groups look like phone numbers, and the letters split them into
// separate candidate runs ("GB29 NWBK 6016 1331 9268 19"), so the whole IBAN is found around a
// run instead. Vialer excludes IBANs for the same reason.
import { spansOf } from './spans.ts';

const IBAN = /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?:[ \u00A0]?[A-Z0-9]{4}){2,7}(?:[ \u00A0]?[A-Z0-9]{1,3})?(?![\p{L}\p{N}])/gu;
/** 34 characters plus a space before each group of four. */
const IBAN_MAX_PRINTED_LENGTH = 42;

/** The end of an IBAN that covers `index`, or -1 when there is none. */
export function ibanEndCovering(text: string, index: number): number {
  // One character more on the left, so an IBAN pattern that starts inside a longer word is seen
  // as such and skipped.
  const from = Math.max(0, index - IBAN_MAX_PRINTED_LENGTH - 1);
  const window = text.slice(from, index + IBAN_MAX_PRINTED_LENGTH);
  const covering = spansOf(IBAN, window).find(([start, end]) => from + start <= index && index < from + end);
  return covering ? from + covering[1] : -1;
}

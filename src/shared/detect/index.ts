// Target detection in text, links and form fields: pure, shared by the content script, the context
// menu and the popup. Phone numbers go through libphonenumber-js (/max metadata, VALID leniency)
// behind a cheap pre-filter and context rules against dates, ids, IBANs, amounts and fax numbers;
// ACS and Teams raw ids are matched and then classified (../raw-id.ts).
import { toCountryCode } from './country.ts';
import { findPhoneTargets } from './phone-text.ts';
import { mayContainTarget } from './prefilter.ts';
import { findRawIdsInText } from './raw-ids.ts';
import type { DetectOptions, TextTarget } from './text-target.ts';
import { foldWideDigits } from './wide-digits.ts';

export type { DetectOptions, TextTarget } from './text-target.ts';
export { mayContainTarget } from './prefilter.ts';
export { isPhoneFieldLabel } from './labels.ts';
export { targetFromHref } from './links.ts';
export { targetFromFieldValue } from './field-value.ts';

/** Every target in `text`, in order, none overlapping another. */
export function findTargetsInText(page: string, options: DetectOptions = {}): TextTarget[] {
  if (!mayContainTarget(page)) return [];
  // Same length as the page's text, so the targets' offsets are offsets into it.
  const text = foldWideDigits(page);
  const rawIds = findRawIdsInText(text);
  const phones = findPhoneTargets(text, toCountryCode(options.defaultCountry));
  if (rawIds.length === 0) return withoutOverlaps(phones);
  return withoutOverlaps([...rawIds, ...phones].sort((a, b) => a.start - b.start));
}

/**
 * Keeps the first of overlapping targets: a raw id "4:+1425…" wins over the number inside it, and a
 * number with its extension over a number that starts inside that extension.
 */
function withoutOverlaps(sorted: readonly TextTarget[]): TextTarget[] {
  const kept: TextTarget[] = [];
  for (const target of sorted) {
    const previous = kept.at(-1);
    if (!previous || target.start >= previous.end) kept.push(target);
  }
  return kept;
}

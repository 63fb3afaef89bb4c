// Phone numbers in page text: candidate segments (candidate-runs.ts) go through libphonenumber,
// and each number it finds must then pass the context rules a reader would apply.
import { parsePhoneNumberFromString, type CountryCode } from '../libphonenumber.ts';
import { phoneRawId } from '../raw-id.ts';
import { isAmount } from './amounts.ts';
import { candidateSegments } from './candidate-runs.ts';
import { isBareDigits } from './characters.ts';
import { digitGroups, isGroupedCount } from './counts.ts';
import { extensionAt } from './extension.ts';
import { labelBefore } from './labels.ts';
import { lacksTrunkPrefix } from './national-prefix.ts';
import { currentForm, writtenStart } from './retired-mx.ts';
import { matchSegment, type SegmentMatch } from './segment-matcher.ts';
import type { TextTarget } from './text-target.ts';

export function findPhoneTargets(text: string, country: CountryCode | undefined): TextTarget[] {
  const targets: TextTarget[] = [];
  for (const segment of candidateSegments(text)) {
    // Same rule as below, checked before the expensive call for the common "Order 7852220666".
    if (isBareDigits(segment.text) && labelBefore(text, segment.start) !== 'phone') continue;
    const form = currentForm(segment.text, country);
    for (const match of matchSegment(form.text, country)) {
      const start = segment.start + writtenStart(form, match.start);
      const target = phoneTarget(text, start, segment.start + match.end, match, country);
      if (target) targets.push(target);
    }
  }
  return targets;
}

function phoneTarget(text: string, start: number, end: number, match: SegmentMatch, country: CountryCode | undefined): TextTarget | undefined {
  if (!isPhoneInContext(text, start, end, match, country)) return undefined;
  const extension = extensionAt(text, end);
  const target: TextTarget = { start, end: extension?.end ?? end, rawId: phoneRawId(match.e164), display: match.display };
  if (extension) target.extension = extension.digits;
  return target;
}

function isPhoneInContext(text: string, start: number, end: number, match: SegmentMatch, country: CountryCode | undefined): boolean {
  const written = text.slice(start, end);
  const label = labelBefore(text, start);
  if (label === 'excluded') return false;
  // A digit run without "+" or separators is an id far more often than a phone number, and so is
  // one grouped like a count, unless a phone label stands right before it.
  if (label !== 'phone' && (isBareDigits(written) || isCountNotNumber(text, start, end, match))) return false;
  return !lacksTrunkPrefix(written, match.nationalNumber, country) && !isAmount(text, start, end);
}

function isCountNotNumber(text: string, start: number, end: number, match: SegmentMatch): boolean {
  if (text.charCodeAt(start) === 43 || !isGroupedCount(text, start, end)) return false;
  // Parsed again rather than kept with the cached match: few numbers are written like a count, and
  // the segment cache would otherwise hold a parsed number for each of its 2,000 entries.
  const national = parsePhoneNumberFromString(match.e164)?.formatNational() ?? '';
  return digitGroups(text.slice(start, end)).join() !== digitGroups(national).join();
}

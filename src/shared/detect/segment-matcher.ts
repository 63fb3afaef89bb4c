// libphonenumber's own finder (VALID leniency, the default) over one candidate segment, or the
// same calls made directly when the segment is one number as a whole (whole-segment.ts). It costs
// about 8–30 µs per candidate (most of it regex construction inside libphonenumber-js's
// matchesEntirely), so results are cached: CRM pages re-render the same rows over and over.
import { findPhoneNumbersInText, type CountryCode, type NumberFound } from '../libphonenumber.ts';
import { wholeSegmentNumber } from './whole-segment.ts';

export interface SegmentMatch {
  /** Offsets into the segment, end exclusive. */
  start: number;
  end: number;
  e164: string;
  nationalNumber: string;
  display: string;
}

const CACHE_LIMIT = 2000;
// Keyed by the segment alone, for one country at a time: a page is read for one dialling country,
// and a key without the country saves building a new string per lookup.
const cache = new Map<string, readonly SegmentMatch[]>();
let cachedCountry: CountryCode | undefined;

export function matchSegment(segment: string, country: CountryCode | undefined): readonly SegmentMatch[] {
  if (country !== cachedCountry) {
    cache.clear();
    cachedCountry = country;
  }
  const cached = cache.get(segment);
  if (cached) return cached;
  const whole = wholeSegmentNumber(segment, country);
  const found = whole ? [whole] : findPhoneNumbersInText(segment, { defaultCountry: country });
  const matches = found.map(toSegmentMatch);
  remember(segment, matches);
  return matches;
}

function toSegmentMatch({ number, startsAt, endsAt }: NumberFound): SegmentMatch {
  return {
    start: startsAt,
    end: endsAt,
    e164: number.number,
    nationalNumber: number.nationalNumber,
    display: number.formatInternational(),
  };
}

/** Keeps the cache bounded by forgetting the oldest entry (Map iterates in insertion order). */
function remember(key: string, matches: readonly SegmentMatch[]): void {
  if (cache.size >= CACHE_LIMIT) {
    const oldest = cache.keys().next();
    if (!oldest.done) cache.delete(oldest.value);
  }
  cache.set(key, matches);
}

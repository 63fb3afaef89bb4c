// libphonenumber's own finder (VALID leniency, the default) over one candidate segment. It costs
// about 12–30 µs per candidate (most of it regex construction inside libphonenumber-js's
// matchesEntirely), so results are cached: CRM pages re-render the same rows over and over.
import { findPhoneNumbersInText, type CountryCode, type NumberFound } from 'libphonenumber-js/max';

export interface SegmentMatch {
  /** Offsets into the segment, end exclusive. */
  start: number;
  end: number;
  e164: string;
  nationalNumber: string;
  display: string;
}

const CACHE_LIMIT = 2000;
const cache = new Map<string, readonly SegmentMatch[]>();

export function matchSegment(segment: string, country: CountryCode | undefined): readonly SegmentMatch[] {
  const key = `${country ?? ''}:${segment}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const matches = findPhoneNumbersInText(segment, { defaultCountry: country }).map(toSegmentMatch);
  remember(key, matches);
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

// Digit shapes inside a candidate run that are never phone numbers, cut out before libphonenumber
// sees the run. libphonenumber itself only rejects slash dates and "2012-01-02 08:00" timestamps
// (isValidPreCandidate.js); dotted dates such as 05.10.1986 and ranges such as "2015 – 03/2016"
// or "06/2017 – 03/2021" come out as valid numbers, and its maintainer advises running a date
// detector first.
import { spansOf, type Span } from './spans.ts';

const DAY = '(?:0?[1-9]|[12]\\d|3[01])';
const MONTH = '(?:0?[1-9]|1[0-2])';
const YEAR = '(?:19|20)\\d{2}';
const DATE_SEPARATOR = '[-./]';
const RANGE_DASH = '\\s?[-\\u2010-\\u2015/]\\s?';
const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';

const SHAPES = [
  // 2024-03-15, 2024/03/15, 2024.03.15
  `${YEAR}${DATE_SEPARATOR}${MONTH}${DATE_SEPARATOR}${DAY}`,
  // 15/03/2024, 03/15/2024, 15.03.24, 2/1/2024: day and month in either order.
  `${DAY}${DATE_SEPARATOR}${DAY}${DATE_SEPARATOR}(?:${YEAR}|\\d{2})`,
  // 03/2016, 12.2023 (months in CVs and validity periods)
  `${MONTH}${DATE_SEPARATOR}${YEAR}`,
  // 2010 - 2014, 2024/25
  `${YEAR}${RANGE_DASH}(?:${YEAR}|\\d{2})`,
  // IPv4: octets without leading zeros, so Belgian "02.123.45.67" stays a number.
  `(?:${OCTET}\\.){3}${OCTET}`,
  // Version strings with four or more parts, one of them a single digit or five or more digits
  // (10.0.19045.3693, 2024.03.15.1); French "01.23.45.67.89" has only two-digit parts.
  '(?=\\d+(?:\\.\\d+){3})\\d+(?:\\.\\d{2,4})*\\.(?:\\d(?!\\d)|\\d{5,})(?:\\.\\d+)*',
  // Four or more groups of four digits: card numbers, IBAN bodies, parcel tracking numbers.
  '\\d{4}(?:[ \\u00A0-]\\d{4}){3,}(?:[ \\u00A0-]\\d{1,4})?',
  // US ZIP+4 (98052-6399) and Brazilian CEP (01310-100), unless an area code precedes them:
  // "(51) 99123-4567" is a Brazilian mobile.
  '(?<![\\d)][ \\u00A0]?)\\d{5}-\\d{3,4}',
];

// A shape only counts as a whole: not continued by more digit groups on either side, so the
// "06.12.34" inside the French mobile "06.12.34.56.78" is not a date.
const NOT_PHONE_SHAPE = new RegExp(`(?<!\\d|\\d[-./])(?:${SHAPES.join('|')})(?!\\d|[-./]\\d)`, 'g');

/** Where the non-phone shapes are in a candidate run. */
export function nonPhoneShapes(run: string): Span[] {
  return spansOf(NOT_PHONE_SHAPE, run);
}

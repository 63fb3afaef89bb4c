// The cheap pre-filter in front of libphonenumber. Only stretches of digits and separators that
// hold at least seven digits, with at most three separators between neighbouring digits, are
// candidates (python-phonenumbers' min_candidate_length made whole pages ~50% faster for the same
// reason: most digit runs on a page are 1–2 digits). Each run then loses the
// parts that cannot be phone numbers before libphonenumber sees what is left.
import { countDigits, isSpace, isWordCharacter, SEPARATOR_CLASS } from './characters.ts';
import { extensionAt } from './extension.ts';
import { ibanEndCovering } from './iban.ts';
import { nonPhoneShapes } from './masks.ts';
import { spansOf, type Span } from './spans.ts';

const CANDIDATE_RUN = new RegExp(`\\+?\\(?\\d(?:[${SEPARATOR_CLASS}]{0,3}\\d){6,}`, 'g');
const MIN_DIGITS = 7;
// Runs longer than this are cut at spaces: libphonenumber's cost grows with the text it is given,
// and only a machine-made page has a hundred-plus characters of nothing but digits and separators.
const MAX_SEGMENT_LENGTH = 120;

export interface Segment {
  /** Offset of the segment in the scanned text. */
  start: number;
  text: string;
}

/** The parts of `text` worth handing to libphonenumber. */
export function candidateSegments(text: string): Segment[] {
  const segments: Segment[] = [];
  let ibanEnd = -1;
  for (const [start, end] of spansOf(CANDIDATE_RUN, text)) {
    if (start >= ibanEnd && followsCapitals(text, start)) ibanEnd = ibanEndCovering(text, start);
    const excluded = excludedSpans(text, start, end, ibanEnd);
    for (const [from, to] of complement(start, end, excluded)) pushSegments(segments, text, from, to);
  }
  return segments;
}

function excludedSpans(text: string, start: number, end: number, ibanEnd: number): Span[] {
  const spans: Span[] = [];
  if (ibanEnd > start) spans.push([start, Math.min(ibanEnd, end)]);
  if (isGluedBefore(text, start)) spans.push([start, firstTokenEnd(text, start, end)]);
  if (isGluedAfter(text, end)) spans.push([lastTokenStart(text, start, end), end]);
  // A run that is one glued code ("ORD-2024-000123") needs no closer look.
  if (spans.some(([from, to]) => from === start && to === end)) return spans;
  for (const [from, to] of nonPhoneShapes(text.slice(start, end))) spans.push([start + from, start + to]);
  return spans.length > 1 ? spans.sort((a, b) => a[0] - b[0]) : spans;
}

/** An IBAN's letters are at most a space and four characters before any of its digit runs. */
function followsCapitals(text: string, start: number): boolean {
  for (let index = Math.max(0, start - 6); index < start; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= 65 && code <= 90) return true;
  }
  return false;
}

// Letters or digits directly before a run, or joined to it by "-", "_" or "/", make it part of a
// code: INV-2024-0042, ES91…, 1Z999AA1…, INV/2024-25/0456. Likewise after it, unless what
// follows is an extension ("425-555-0123x12").
function isGluedBefore(text: string, start: number): boolean {
  if (start === 0) return false;
  const previous = text.charCodeAt(start - 1);
  return isWordCharacter(previous) || (isJoiner(previous, '-_/') && start > 1 && isWordCharacter(text.charCodeAt(start - 2)));
}

function isGluedAfter(text: string, end: number): boolean {
  if (end >= text.length) return false;
  const next = text.charCodeAt(end);
  const glued = isWordCharacter(next) || (isJoiner(next, '-_') && end + 1 < text.length && isWordCharacter(text.charCodeAt(end + 1)));
  return glued && extensionAt(text, end) === undefined;
}

function isJoiner(code: number, joiners: string): boolean {
  return joiners.includes(String.fromCharCode(code));
}

function firstTokenEnd(text: string, start: number, end: number): number {
  let index = start;
  while (index < end && !isSpace(text.charCodeAt(index))) index += 1;
  return index;
}

function lastTokenStart(text: string, start: number, end: number): number {
  let index = end;
  while (index > start && !isSpace(text.charCodeAt(index - 1))) index -= 1;
  return index;
}

/** The parts of [start, end) outside the sorted spans. */
function complement(start: number, end: number, spans: readonly Span[]): Span[] {
  const kept: Span[] = [];
  let cursor = start;
  for (const [from, to] of spans) {
    if (from > cursor) kept.push([cursor, from]);
    cursor = Math.max(cursor, to);
  }
  if (cursor < end) kept.push([cursor, end]);
  return kept;
}

/** Pushes [from, to) cut at spaces into pieces that libphonenumber handles quickly. */
function pushSegments(segments: Segment[], text: string, from: number, to: number): void {
  for (let start = from, end = from; start < to; start = end) {
    end = pieceEnd(text, start, to);
    const segment = trimmedSegment(text, start, end);
    if (segment) segments.push(segment);
  }
}

function pieceEnd(text: string, start: number, to: number): number {
  const limit = start + MAX_SEGMENT_LENGTH;
  if (limit >= to) return to;
  const cut = lastTokenStart(text, start, limit);
  return cut > start ? cut : limit;
}

function trimmedSegment(text: string, from: number, to: number): Segment | undefined {
  let start = from;
  let end = to;
  while (start < end && isSpace(text.charCodeAt(start))) start += 1;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end -= 1;
  // libphonenumber knows the no-break space but not the figure, thin and narrow no-break spaces
  // of typeset numbers; one space for another keeps the offsets.
  const piece = text.slice(start, end).replace(/[\u2007\u2009\u202F]/g, ' ');
  return countDigits(piece) >= MIN_DIGITS ? { start, text: piece } : undefined;
}

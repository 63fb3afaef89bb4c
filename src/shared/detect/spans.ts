/** Offsets [start, end) into a text, end exclusive. */
export type Span = [start: number, end: number];

/**
 * Where a global regex matches in `text`. A plain exec loop: String#matchAll clones the regex on
 * every call, which costs more than the match itself on the short strings of a page.
 */
export function spansOf(pattern: RegExp, text: string): Span[] {
  const spans: Span[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    spans.push([match.index, match.index + match[0].length]);
  }
  return spans;
}

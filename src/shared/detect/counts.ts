// Counts and amounts as locales write them: digits grouped in threes from the right, joined by a
// no-break, thin or narrow no-break space (French and Polish, Intl.NumberFormat('fr-FR') writes
// "2 065 550 183"), a dot (German "1.234.567") or an apostrophe (Swiss "1'234'567"). Phone numbers
// are grouped that way only where the country's own national format says so ("512 345 678" in
// Poland), so such a number counts only then, or with a phone label or a "+" (phone-text.ts).
const COUNT_CHARACTER = /[\d\u00A0\u2009\u202F.'\u2019]/;
const GROUPED_IN_THREES = /^\d{1,3}([\u00A0\u2009\u202F.'\u2019])\d{3}(?:\1\d{3})+$/;

/** Whether the number at [start, end), with the digit groups around it, is written as a count. */
export function isGroupedCount(text: string, start: number, end: number): boolean {
  let from = start;
  let to = end;
  while (from > 0 && COUNT_CHARACTER.test(text.charAt(from - 1))) from -= 1;
  while (to < text.length && COUNT_CHARACTER.test(text.charAt(to))) to += 1;
  return GROUPED_IN_THREES.test(trimToDigits(text.slice(from, to)));
}

/** The digit group lengths of a written number: "(206) 555-0183" is [3, 3, 4]. */
export function digitGroups(written: string): number[] {
  return (written.match(/\d+/g) ?? []).map((group) => group.length);
}

function trimToDigits(text: string): string {
  return text.replace(/^\D+|\D+$/g, '');
}

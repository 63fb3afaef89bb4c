// The one check that runs on every text node of a page, so it is a single regex test with no
// allocation. It is a superset of what the finders accept: seven digits with at most three
// characters between neighbours (the densest phone candidates, see candidate-runs.ts), or the
// "<type>:" head of a raw id ("4:+", "8:acs:", "28:orgid:"). Full-width digits count as digits
// (wide-digits.ts).
const MAY_CONTAIN_TARGET = /[\d\uFF10-\uFF19](?:[^\d\uFF10-\uFF19\n]{0,3}[\d\uFF10-\uFF19]){6}|\d:[+a-z]/i;

/** Cheap test before any parsing: can this text contain a target at all? */
export function mayContainTarget(text: string): boolean {
  return MAY_CONTAIN_TARGET.test(text);
}

// Seeded inputs for the fuzz tests, so a failure can be replayed.

/** mulberry32: a tiny, well-mixed 32-bit PRNG. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  ...'0123456789'.split(''), ' ', '-', '.', '/', '(', ')', '+', ':', '#', ',', 'x', 'a', 'Z', '\n', '\t',
  '\u00A0', '\u200B', '\u200E', '\u200F', '\u2009', '\u2013', '€', '$', '%',
  '٣', '٤٥', '۷', '０１２', 'ext. ', 'Tel: ', 'Fax ', 'Order ', 'IBAN ', '4:+', '8:acs:', '8:orgid:', '28:orgid:',
  '6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b', '+1 425 555 0123', '(206) 555-0147', '2024-03-15', 'ES91 ', '\uD83D\uDCDE',
  '044 ', '01 ', '+52 1 ', '00 52 1 ',
];

/** Random text built from digits, separators, labels, raw-id heads and odd unicode. */
export function randomText(random: () => number, length: number): string {
  let text = '';
  while (text.length < length) text += PIECES[Math.floor(random() * PIECES.length)] ?? '';
  return text.slice(0, length);
}

/**
 * Inputs of about `length` characters built to stress one part of the finder each. Those that
 * reach libphonenumber draw their digits from `random`, so that each call gets text its cache has
 * not seen.
 */
export const ADVERSARIAL: Record<string, (length: number, random: () => number) => string> = {
  'digits only': (length, random) => randomDigits(random, length),
  'repeated "+1 "': (length) => repeatUntil(length, () => '+1 '),
  'alternating digits and separators': (length, random) =>
    Array.from({ length }, (_, index) => (index % 2 === 0 ? randomDigits(random, 1) : ' -./'[index % 4])).join(''),
  'Arabic-Indic and fullwidth digits': (length) => repeatUntil(length, () => '٠١٢٣٤٥٦٧٨٩ ０１２３４５６７８９ '),
  'RTL marks around numbers': (length, random) =>
    repeatUntil(length, () => `\u200F+966 5${randomDigits(random, 1)} ${randomDigits(random, 3)} ${randomDigits(random, 4)}\u200F `),
  'no-break spaces': (length, random) =>
    repeatUntil(length, () => `42${randomDigits(random, 1)}\u00A0555\u00A0${randomDigits(random, 4)}\u00A0`),
  'zero-width spaces': (length, random) => repeatUntil(length, () => `${randomDigits(random, 1)}\u200B`),
  'raw-id heads': (length) => repeatUntil(length, () => '8:acs:8:orgid:4:+1'),
  'one long ACS id': (length) => `8:acs:${'a'.repeat(length)}`,
  'spaces before an extension': (length) => `425-555-0123${' '.repeat(length)}x`,
  'retired Mexican prefixes': (length, random) => repeatUntil(length, () => `+52 1 ${randomDigits(random, 2)} 01 044 045 1 `),
};

function randomDigits(random: () => number, count: number): string {
  return Array.from({ length: count }, () => Math.floor(random() * 10)).join('');
}

function repeatUntil(length: number, piece: () => string): string {
  let text = '';
  while (text.length < length) text += piece();
  return text.slice(0, length);
}

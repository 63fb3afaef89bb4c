// Full-width forms (U+FF01–U+FF5E) of what phone numbers are written with: the digits, "+", "(",
// ")", "-", ".", "/", and the ideographic space. Japanese, Chinese and Korean business cards and
// CRM records write numbers with them ("＋８１ ３－１２３４－５６７８"). Each folds to one ASCII
// character of the same UTF-16 length, so offsets into the folded text are offsets into the page's.
// Arabic-Indic and Devanagari digits are left out: docs/design.md, "Digits other than ASCII".
const WIDE = /[\uFF08\uFF09\uFF0B\uFF0D\uFF0E\uFF0F\uFF10-\uFF19\u3000]/;
const WIDE_ALL = new RegExp(WIDE.source, 'g');
/** Full-width forms sit at a fixed distance from their ASCII originals. */
const FULL_WIDTH_OFFSET = 0xfee0;

function ascii(character: string): string {
  return character === '\u3000' ? ' ' : String.fromCharCode(character.charCodeAt(0) - FULL_WIDTH_OFFSET);
}

/** `text` with full-width digits and phone punctuation as ASCII, same length; `text` itself when it has none. */
export function foldWideDigits(text: string): string {
  return WIDE.test(text) ? text.replace(WIDE_ALL, ascii) : text;
}

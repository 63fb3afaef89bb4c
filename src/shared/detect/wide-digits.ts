// Full-width forms (U+FF01–U+FF5E) and the ideographic space: Japanese, Chinese and Korean
// business cards and CRM records write numbers and their labels with them ("ＴＥＬ：＋８１ ３－１２３４－５６７８").
// Each folds to the ASCII character it stands for, one UTF-16 unit for one, so offsets into the
// folded text are offsets into the page's, and labels ("ＦＡＸ：") read as they do in ASCII.
// Arabic-Indic and Devanagari digits are left out: docs/design.md, "Digits other than ASCII".
const WIDE = /[\uFF01-\uFF5E\u3000]/;
const WIDE_ALL = new RegExp(WIDE.source, 'g');
/** Full-width forms sit at a fixed distance from their ASCII originals. */
const FULL_WIDTH_OFFSET = 0xfee0;

function ascii(character: string): string {
  return character === '\u3000' ? ' ' : String.fromCharCode(character.charCodeAt(0) - FULL_WIDTH_OFFSET);
}

/** `text` with full-width characters as ASCII, same length; `text` itself when it has none. */
export function foldWideDigits(text: string): string {
  return WIDE.test(text) ? text.replace(WIDE_ALL, ascii) : text;
}

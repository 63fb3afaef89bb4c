// Extensions written after a number: "x123", "x 3301", "ext. 45", "ext45", "extension 22",
// Spanish "extensión 12", Latin-American "anexo 12", French "poste 214", and "#45". The
// extension is shown to the agent and never dialled (TextTarget.extension).
const MARKER = '(?:(?:ext|extn|extension|extensi[oó]n|anexo|poste)\\.?:?|x|#)';
const DIGITS = '(\\d{1,6})(?!\\d)';
// One optional comma between spaces, written so that a long run of spaces cannot be split two ways.
const LEAD = '[ \\u00A0]*(?:,[ \\u00A0]*)?';
const EXTENSION_AT = new RegExp(`${LEAD}${MARKER}[ \\u00A0]?${DIGITS}`, 'iy');
const EXTENSION_AT_END = new RegExp(`${LEAD}${MARKER}[ \\u00A0]?\\d{1,6}$`, 'i');

export interface Extension {
  digits: string;
  /** Offset just after the extension. */
  end: number;
}

/** The extension written right at `index` (just after a number), if any. */
export function extensionAt(text: string, index: number): Extension | undefined {
  EXTENSION_AT.lastIndex = index;
  const match = EXTENSION_AT.exec(text);
  return match?.[1] === undefined ? undefined : { digits: match[1], end: index + match[0].length };
}

/** A field value without the extension written after the number. */
export function withoutExtension(value: string): string {
  const match = EXTENSION_AT_END.exec(value);
  return match ? value.slice(0, match.index) : value;
}

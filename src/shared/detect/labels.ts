// The words written right before a number say what it is. A phone label lets a bare digit run
// through ("Phone: 4255550123" is a labelled phone field); an id, account or fax label keeps an
// otherwise valid-looking number out ("Order 7852220666", "Ticket #4255550187", "Fax: …"; Vialer
// excludes fax numbers too). Only the label nearest the number counts.

import { isAsciiDigit } from './characters.ts';

const PHONE_WORDS = [
  't[eé]l', 't[eé]l[eé]phone', 'ph', 'phone', 'mobile', 'mob', 'cell', 'cellphone', 'landline', 'whatsapp', 'caller id',
  'hotline', 'helpline', 'tel[eé]fono', 'tlf', 'tlfno', 'telf', 'tfno', 'm[oó]vil', 'celular', 'cel', 'fijo',
  'portable', 'fixe', 'telefon', 'telefonnummer', 'rufnummer', 'handy', 'handynummer', 'mobil', 'mobilnummer',
  'mobiltelefon', 'festnetz', 'telefone', 'fone',
].join('|');
/** Words that name a phone number only together with "No." or "number": "Contact No.", "Número de contacto". */
const PHONE_QUALIFIERS = [
  'contact', 'contacto', 'contato', 'office', 'oficina', 'direct', 'main', 'home', 'work', 'alternate', 'callback',
  'emergency', 'emergencia',
].join('|');

const ID_WORDS = [
  'order', 'invoice', 'inv', 'case', 'ticket', 'r[ée]f', 'reference', 'sku', 'serial', 'id', 'pin', 'code',
  'account', 'acct', 'a/c', 'iban', 'bic', 'swift', 'routing', 'vat', 'tax', 'ein', 'ssn', 'policy', 'claim',
  'tracking', 'rma', 'quote', 'version', 'build', 'nhs', 'mpan', 'aadhaar', 'pan', 'gstin', 'ifsc', 'upi',
  'pedido', 'factura', 'caso', 'referencia', 'albar[aá]n', 'folio', 'expediente', 'recibo', 'contrato', 'cuenta',
  'nif', 'cif', 'nie', 'dni', 'rfc', 'curp', 'clabe', 'versi[oó]n', 'commande', 'facture', 'dossier', 'siret',
  'siren', 'tva', 'rcs', 'matricule', 'rechnung', 'kundennummer', 'bestellnummer', 'auftragsnummer', 'vorgang',
  'lieferschein', 'blz', 'ust-idnr', 'steuernummer', 'seriennummer', 'konto', 'protocolo', 'cpf', 'cnpj', 'boleto',
].join('|');
const EXCLUDED_WORDS = `${ID_WORDS}|fax|telefax`;

/** "No.", "Nr.", "Nº", "#": abbreviations that turn the word before them into an identifier. */
const NUMBER_ABBREVIATION = '(?:n[º°]|no[.:]|nr\\.?|num\\.|n[úu]m\\.|#)';
const NUMBER_WORD = `(?:${NUMBER_ABBREVIATION}|number|n[úu]mero|num[ée]ro|nummer)`;
/** Punctuation between a label and its number: "Phone: ", "Tel. ", "Ticket #", "Phone (mobile): ". */
const TAIL = '[\\s:.#()\\-\\u2013=]*$';
const WORD_START = '(?<![\\p{L}\\p{N}])';

const OF = '(?:(?:de|del|do|da|du|of)\\s+)?';
/** "My number is (312) 555-0134": the word after "number" names what it is only when it is not a verb. */
const NOT_A_VERB = '(?!(?:is|was|es|est|ist)(?![\\p{L}]))';
const PHONE_LABEL = new RegExp(
  `${WORD_START}(?:` +
    `(?:${PHONE_WORDS})(?:\\s*/\\s*fax)?(?:[\\s.\\-]*${NUMBER_WORD})?` + // "Phone", "Tel/Fax", "Tel.-Nr."
    `|(?:${PHONE_QUALIFIERS})[\\s.\\-]*${NUMBER_WORD}` + // "Contact No.", "Office number"
    `|${NUMBER_WORD}\\s*${OF}(?:${PHONE_QUALIFIERS}))${TAIL}`, // "Número de contacto"
  'iu',
);
const EXCLUDED_LABEL = new RegExp(
  `${WORD_START}(?:` +
    `(?:${EXCLUDED_WORDS})(?:\\s*${NUMBER_WORD})?` + // "Order", "Invoice No.", "Fax"
    `|\\p{L}+[\\s.\\-]*${NUMBER_ABBREVIATION}` + // "Customer No.", "Inventar-Nr."
    `|${NUMBER_WORD}\\s*${OF}${NOT_A_VERB}\\p{L}+\\.?` + // "Nº de pedido", "No. GB", not "number is"
    `|${NUMBER_ABBREVIATION})${TAIL}`,
  'iu',
);
// An id word that is the topic of a sentence addressed to the reader names what a number is about,
// not what it is: "Dudas sobre su factura: 800 123 4567", "Questions about your order: …",
// "Fragen zu Ihrer Rechnung: …". Only "about" and its translations followed by "your" and its
// translations: "Gutschrift zur Rechnung: …" or "Remise sur facture : …" still name an id.
const ABOUT = 'about|regarding|concerning|sobre|acerca\\s+de|respecto\\s+a|sur|concernant|zu|über';
const YOUR = '(?:(?:o|a|os|as)\\s+)?(?:your|su|sus|tu|tus|votre|vos|ton|ta|tes|ihre[mnrs]?|deine[mnrs]?|seu|sua|seus|suas|teu|tua)';
const TOPIC_LABEL = new RegExp(`${WORD_START}(?:${ABOUT})\\s+${YOUR}\\s+(?:${ID_WORDS})${TAIL}`, 'iu');
// The single capital F of business cards and signatures ("F: 617.555.0191", "F +33 1 …").
const FAX_LETTER = /(?<![\p{L}\p{N}])F[\s:.]*$/u;
const PHONE_FIELD_LABEL = new RegExp(`${WORD_START}(?:${PHONE_WORDS})(?![\\p{L}])`, 'iu');
const LABEL_REACH = 40;
const HAS_LABEL_CHARACTER = /[\p{L}#]/u;

export type Label = 'phone' | 'excluded' | 'none';

/** What the words just before `index` (back to the previous digit) say about the number there. */
export function labelBefore(text: string, index: number): Label {
  const before = textSincePreviousDigit(text, index);
  if (!HAS_LABEL_CHARACTER.test(before)) return 'none';
  if (PHONE_LABEL.test(before)) return 'phone';
  if (TOPIC_LABEL.test(before)) return 'none';
  if (EXCLUDED_LABEL.test(before) || FAX_LETTER.test(before)) return 'excluded';
  return 'none';
}

function textSincePreviousDigit(text: string, index: number): string {
  const limit = Math.max(0, index - LABEL_REACH);
  let from = index;
  while (from > limit && !isAsciiDigit(text.charCodeAt(from - 1))) from -= 1;
  return text.slice(from, index);
}

/**
 * Whether a form field's label (or its name, "mobilePhone", "phone_number") says it holds a phone
 * number: Phone, Tel, Mobile, Cell, Teléfono, Móvil, Celular, Téléphone, Telefon, Handy … but not
 * Telegram, Phonetic or Fax.
 */
export function isPhoneFieldLabel(text: string): boolean {
  const words = text.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ');
  return PHONE_FIELD_LABEL.test(words);
}

// Deterministic test data for the generated pages: valid phone numbers in the formats CRMs show,
// and the digit-bearing noise around them (ids, dates, amounts) that must not become controls.
// Every run draws the same sequence, so figures compare across runs and machines.
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/**
 * mulberry32: a tiny seeded generator; Math.random cannot be seeded.
 * @param {number} seed
 * @returns {() => number} uniform in [0, 1)
 */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * @typedef {import('libphonenumber-js').PhoneNumber} PhoneNumber
 * @typedef {{ base: string, write: (number: PhoneNumber) => string }} PhoneFormat
 */

const usDigits = (/** @type {PhoneNumber} */ number) => String(number.nationalNumber);

/**
 * One valid base number per format; the last four digits are redrawn per row. US national
 * formats come first: they are what North American CRMs show, and they need a default country.
 * @type {PhoneFormat[]}
 */
const FORMATS = [
  { base: '+12133734253', write: (number) => number.formatNational() },
  { base: '+14153920132', write: (number) => usDigits(number).replace(/(\d{3})(\d{3})(\d{4})/, '$1-$2-$3') },
  { base: '+16172530191', write: (number) => usDigits(number).replace(/(\d{3})(\d{3})(\d{4})/, '$1.$2.$3') },
  { base: '+12124810147', write: (number) => number.formatInternational() },
  { base: '+13126840176', write: (number) => number.number },
  { base: '+442079460018', write: (number) => number.formatInternational() },
  { base: '+493090182000', write: (number) => number.formatInternational() },
  { base: '+34912345678', write: (number) => number.formatInternational() },
  { base: '+33142685300', write: (number) => number.formatInternational() },
  { base: '+525512345678', write: (number) => number.formatInternational() },
  { base: '+14257060123', write: (number) => `${number.formatInternational()} ext. 12` },
];

/**
 * The i-th phone number of a page: formats in rotation, random last four digits, redrawn until
 * libphonenumber (the /max metadata the extension uses) calls the number valid.
 * @param {number} index
 * @param {() => number} random
 * @returns {string} the number as the page writes it
 */
export function phoneNumberText(index, random) {
  const format = FORMATS[index % FORMATS.length];
  for (;;) {
    const suffix = String(Math.floor(random() * 10_000)).padStart(4, '0');
    const number = parsePhoneNumberFromString(format.base.slice(0, -4) + suffix);
    if (number?.isValid()) return format.write(number);
  }
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A date in one of the formats a CRM table shows (ISO, European, US, written month).
 * @param {() => number} random
 */
export function dateText(random) {
  const year = 2018 + Math.floor(random() * 8);
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  const pad = (/** @type {number} */ value) => String(value).padStart(2, '0');
  const formats = [
    `${year}-${pad(month)}-${pad(day)}`,
    `${pad(day)}/${pad(month)}/${year}`,
    `${pad(month)}/${pad(day)}/${year}`,
    `${pad(day)}.${pad(month)}.${year}`,
    `${MONTHS[month - 1]} ${day}, ${year}`,
  ];
  return formats[Math.floor(random() * formats.length)];
}

/**
 * An amount in dollars or euros, with thousands separators.
 * @param {() => number} random
 */
export function amountText(random) {
  const cents = Math.floor(random() * 10_000_000);
  const units = Math.floor(cents / 100);
  const fraction = String(cents % 100).padStart(2, '0');
  return random() < 0.5
    ? `$${units.toLocaleString('en-US')}.${fraction}`
    : `€ ${units.toLocaleString('de-DE')},${fraction}`;
}

// Money next to a digit run makes it an amount, whatever libphonenumber thinks of the digits:
// "€ 12.345,67", "1.234.567,89 €", "R$ 1.234,56", "12 345,67 zł", "99.5%".
const CURRENCY_BEFORE = /(?:[$€£¥₹₩₽¢]|(?<![\p{L}])(?:R\$|Rs\.?|USD|EUR|GBP|MXN|BRL|INR|CHF|zł))\s?$/u;
const AMOUNT_AFTER = /^(?:,\d{1,2}(?!\d)|\s?(?:[€$£₹%‰]|(?:EUR|USD|GBP|MXN|BRL|INR|CHF|zł|kr)(?![\p{L}])))/u;

export function isAmount(text: string, start: number, end: number): boolean {
  return CURRENCY_BEFORE.test(text.slice(Math.max(0, start - 4), start)) || AMOUNT_AFTER.test(text.slice(end, end + 5));
}

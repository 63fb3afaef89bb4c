import { describe, expect, it } from 'vitest';
import { findTargetsInText } from '../../../src/shared/detect/index.ts';

function rawIds(text: string, defaultCountry: string): string[] {
  return findTargetsInText(text, { defaultCountry }).map((target) => target.rawId);
}

describe('what is not a phone number', () => {
  it.each([
    ['2024-03-15', 'DE'],
    ['15/03/2024', 'GB'],
    ['03.15.2024', 'US'],
    ['15.03.24', 'DE'],
    ['05.10.1986', 'DE'],
    ['March 15, 2024', 'US'],
    ['2015 – 03/2016', 'DE'],
    ['06/2017 – 03/2021', 'DE'],
    ['03.07 - 17.07.15', 'DE'],
    ['2010 - 2014', 'DE'],
    ['14:30:15', 'DE'],
    ['2024-03-15T14:30:00Z', 'DE'],
    ['2024-03-15 14:30:00', 'US'],
  ])('date or time %s', (text, country) => {
    expect(rawIds(text, country)).toEqual([]);
  });

  it.each([
    ['ES91 2100 0418 4502 0005 1332', 'ES'],
    ['GB29 NWBK 6016 1331 9268 19', 'GB'],
    ['DE89 3704 0044 0532 0130 00', 'DE'],
    ['DE89370400440532013000', 'DE'],
    ['4111 1111 1111 1111', 'US'],
    ['4111-1111-1111-1111', 'US'],
    ['$1,234.56', 'US'],
    ['€ 12.345,67', 'DE'],
    ['1.234.567,89 €', 'DE'],
    ['12 345,67 zł', 'PL'],
    ['R$ 1.234.567', 'BR'],
    ['99.5%', 'US'],
    ['WA 98052-6399', 'US'],
    ['CEP 01310-100', 'BR'],
    ['192.168.100.200', 'US'],
    ['v1.2.3.4', 'US'],
    ['10.0.19045.3693', 'US'],
    ['6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b', 'US'],
    ['12345678-1234-4567-8901-234567890123', 'US'],
    ['SKU AB-425-555-0123', 'US'],
  ])('IBAN, card, amount, code or address %s', (text, country) => {
    expect(rawIds(text, country)).toEqual([]);
  });

  // Each number here is a valid phone number once its label is gone (checked below).
  const labelled: Array<[string, string, string]> = [
    ['Order', '425-555-0123', 'US'],
    ['Invoice:', '425-555-0123', 'US'],
    ['Case', '425 555 0123', 'US'],
    ['Ticket #', '425-555-0123', 'US'],
    ['Ref.', '425.555.0123', 'US'],
    ['Account ID:', '425-555-0123', 'US'],
    ['No.', '425-555-0123', 'US'],
    ['#', '425-555-0123', 'US'],
    ['INV-', '425-555-0123', 'US'],
    ['ORD-', '425-555-0123', 'US'],
    ['Pedido', '612 345 678', 'ES'],
    ['Factura', '612 345 678', 'ES'],
    ['Caso', '612 345 678', 'ES'],
    ['Nº', '612 345 678', 'ES'],
    ['Nº de pedido:', '612 345 678', 'ES'],
    ['Customer No.', '0171 1234567', 'DE'],
    ['Fax:', '+1 425 555 0100', 'US'],
    ['fax', '425-555-0100', 'US'],
    ['Telefax', '030 12345679', 'DE'],
    ['F:', '617.555.0191', 'US'],
  ];
  it.each(labelled)('number labelled "%s"', (label, number, country) => {
    expect(rawIds(`${label} ${number}`.replace('- ', '-').replace('# ', '#'), country)).toEqual([]);
    expect(rawIds(number, country)).toHaveLength(1);
  });

  it('keeps a number whose label is both phone and fax', () => {
    expect(rawIds('Tel/Fax: 030 1234567', 'DE')).toEqual(['4:+49301234567']);
  });

  it.each([
    ['123 456 789', 'FR'],
    ['21/815/08150', 'DE'],
    ['8001 2345 67', 'GB'],
  ])('national number %s without the trunk prefix its country always writes', (text, country) => {
    expect(rawIds(text, country)).toEqual([]);
  });
});

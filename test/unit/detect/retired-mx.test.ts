import { describe, expect, it } from 'vitest';
import { findTargetsInText, targetFromFieldValue, targetFromHref } from '../../../src/shared/detect/index.ts';

function rawIds(text: string, defaultCountry?: string): string[] {
  return findTargetsInText(text, { defaultCountry }).map((target) => target.rawId);
}

describe("Mexico's dialling forms retired in 2019", () => {
  it.each([
    ['044 55 8765 4321', '4:+525587654321'],
    ['045 33 1234 5678', '4:+523312345678'],
    ['044 (55) 8765-4321', '4:+525587654321'],
    ['01 55 1234 5678', '4:+525512345678'],
    ['01 (55) 1234 5678', '4:+525512345678'],
    ['01(55) 1234-5678', '4:+525512345678'],
    ['01 800 123 4567', '4:+528001234567'],
    ['01-800-123-4567', '4:+528001234567'],
    ['+52 1 55 2345 6789', '4:+525523456789'],
    ['+521 55 2345 6789', '4:+525523456789'],
    ['+5215523456789', '4:+525523456789'],
    ['+52 1 (55) 2345-6789', '4:+525523456789'],
    ['+52-1-55-2345-6789', '4:+525523456789'],
    ['00 52 1 55 2345 6789', '4:+525523456789'],
  ])('"%s" in Mexico is today\'s %s, its prefix inside the target', (written, rawId) => {
    const text = `Llamar al ${written} hoy`;
    expect(findTargetsInText(text, { defaultCountry: 'MX' })).toEqual([
      expect.objectContaining({ start: 10, end: 10 + written.length, rawId, display: expect.stringMatching(/^\+52 \d/) }),
    ]);
  });

  it('reads "+52 1" and its international prefixes whatever the default country', () => {
    expect(rawIds('WhatsApp +52 1 55 2345 6789', 'US')).toEqual(['4:+525523456789']);
    expect(rawIds('WhatsApp +52 1 55 2345 6789')).toEqual(['4:+525523456789']);
    expect(rawIds('Móvil 011 52 1 55 2345 6789', 'US')).toEqual(['4:+525523456789']);
    expect(rawIds('Móvil 00 52 1 55 2345 6789', 'ES')).toEqual(['4:+525523456789']);
  });

  it('reads the national prefixes only for Mexico', () => {
    expect(rawIds('Celular 044 55 8765 4321', 'US')).toEqual([]);
    expect(rawIds('Celular 044 55 8765 4321', 'ES')).toEqual([]);
    expect(rawIds('Celular 044 55 8765 4321')).toEqual([]);
  });

  it('reads a prefix glued to its ten digits only after a phone label, like any bare digit run', () => {
    expect(rawIds('Celular: 0445587654321', 'MX')).toEqual(['4:+525587654321']);
    expect(rawIds('Cliente 0445587654321', 'MX')).toEqual([]);
  });

  it('reads a prefixed number in a list of numbers', () => {
    expect(rawIds('Tel: 55 1234 5678 / 044 55 8765 4321', 'MX')).toEqual(['4:+525512345678', '4:+525587654321']);
  });

  it.each([
    ['a tracking number starting with 0445', 'Guía FedEx 0445 5876 5432'],
    ['a CLABE of bank 044', 'CLABE interbancaria 044 580 25600012345 6'],
    ['a count with 044 inside', 'Visitas: 1 044 555 123 4567'],
    ['a prefix before too few digits', 'Celular 044 1234 5678'],
    ['a prefix inside a longer digit group', 'Folio fiscal 10445 5876 5432'],
    ['a French number with 01', '01 23 45 67 89'],
    ['an invalid number after +52 1', '+52 12 3456 7890'],
    ['a labelled id', 'Pedido 044 55 8765 4321'],
  ])('finds nothing in %s', (_, text) => {
    expect(rawIds(text, 'MX')).toEqual([]);
  });

  it('reads them in phone fields and tel: links', () => {
    expect(targetFromFieldValue('044 55 8765 4321', { defaultCountry: 'MX' })).toBe('4:+525587654321');
    expect(targetFromFieldValue('+52 1 55 2345 6789', { defaultCountry: 'US' })).toBe('4:+525523456789');
    expect(targetFromFieldValue('01 800 123 4567', { defaultCountry: 'US' })).toBeUndefined();
    expect(targetFromHref('tel:+5215523456789')).toBe('4:+525523456789');
    expect(targetFromHref('tel:0445587654321', { defaultCountry: 'MX' })).toBe('4:+525587654321');
  });
});

import { describe, expect, it } from 'vitest';
import { findTargetsInText } from '../../../src/shared/detect/index.ts';

function rawIds(text: string, defaultCountry: string): string[] {
  return findTargetsInText(text, { defaultCountry }).map((target) => target.rawId);
}

describe('an id word as the topic of a sentence to the reader', () => {
  it.each([
    ['Dudas sobre su factura: 800 123 4567', 'MX', '4:+528001234567'],
    ['Questions about your order: (425) 555-0123', 'US', '4:+14255550123'],
    ['Fragen zu Ihrer Rechnung: 030 12345678', 'DE', '4:+493012345678'],
    ['Une question sur votre facture : 01 42 12 34 56', 'FR', '4:+33142123456'],
    ['Dúvidas sobre o seu pedido: (11) 3456-7890', 'BR', '4:+551134567890'],
  ])('"%s" names what the number is about, not what it is', (text, country, rawId) => {
    expect(rawIds(text, country)).toEqual([rawId]);
  });

  it.each([
    ['Factura: 800 123 4567', 'MX'],
    ['Su factura: 800 123 4567', 'MX'],
    ['Anticipo sobre factura: 800 123 4567', 'MX'],
    ['Gutschrift zur Rechnung: 030 12345678', 'DE'],
    ['Remise sur facture : 01 42 12 34 56', 'FR'],
    ['Questions about your fax: (425) 555-0123', 'US'],
  ])('"%s" still labels an id', (text, country) => {
    expect(rawIds(text, country)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { targetFromHref } from '../../../src/shared/detect/index.ts';

describe('targetFromHref', () => {
  it.each([
    ['tel:+14255550123', '4:+14255550123'],
    ['TEL:+14255550123', '4:+14255550123'],
    ['tel:+1-425-555-0123', '4:+14255550123'],
    ['tel:+1 425 555 0123', '4:+14255550123'],
    ['tel:%2B14255550123', '4:+14255550123'],
    ['tel:+1%20(555)%20010-9999', '4:+15550109999'],
    ['tel:+1-425-555-0123;ext=45', '4:+14255550123'],
    ['tel:+14255550123?call', '4:+14255550123'],
    ['callto:+14255550123', '4:+14255550123'],
    ['callto://+14255550123', '4:+14255550123'],
    ['sip:+14255550123@sip.contoso.example', '4:+14255550123'],
    ['sips:+14255550123;user=phone@sip.contoso.example', '4:+14255550123'],
  ])('reads %s', (href, rawId) => {
    expect(targetFromHref(href)).toBe(rawId);
  });

  it('reads national numbers with the default country only', () => {
    expect(targetFromHref('tel:4255550123', { defaultCountry: 'US' })).toBe('4:+14255550123');
    expect(targetFromHref('tel:020%207946%200958', { defaultCountry: 'GB' })).toBe('4:+442079460958');
    expect(targetFromHref('tel:4255550123')).toBeUndefined();
  });

  it.each([
    'sip:alice@sip.contoso.example',
    'sip:14255550123@sip.contoso.example',
    'sip:+14255550123',
    'callto:alice.smith',
    'tel:',
    'tel:+1',
    'tel:%E0%A4%A',
    'mailto:+14255550123@contoso.example',
    'https://contoso.example/tel:+14255550123',
  ])('has no target for %s', (href) => {
    expect(targetFromHref(href, { defaultCountry: 'US' })).toBeUndefined();
  });
});

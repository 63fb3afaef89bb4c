import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../../src/shared/sites.ts';
import { CATALOGUES, type Catalogue } from '../popup/i18n-stub.ts';

const sitesEntries = (catalogue: Catalogue) => Object.entries(catalogue).filter(([key]) => key.startsWith('sites_'));

function placeholderNames(message: string): string {
  return [...message.matchAll(/\$([a-z0-9_@]+)\$/gi)].map(([, name = '']) => name.toLowerCase()).sort().join();
}

describe('the Sites messages', () => {
  it('are all in Spanish, with the same placeholders, each defined', () => {
    const faulty = sitesEntries(CATALOGUES.en).filter(([key, english]) => {
      const spanish = CATALOGUES.es[key];
      const names = placeholderNames(english.message);
      const defined = (entry: typeof english) => names.split(',').filter(Boolean).every((name) => entry.placeholders?.[name]);
      return !spanish?.message || placeholderNames(spanish.message) !== names || !defined(english) || !defined(spanish);
    });

    expect(faulty.map(([key]) => key)).toEqual([]);
    expect(sitesEntries(CATALOGUES.es)).toHaveLength(sitesEntries(CATALOGUES.en).length);
  });

  it('name every preset', () => {
    const missing = PRESETS.filter((preset) => !CATALOGUES.en[`sites_preset_${preset.id}`]);
    expect(missing).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { CATALOGUES, getMessage, type Catalogue } from '../popup/i18n-stub.ts';

// The keys the onboarding page and the ACS connection words own.
const OWN_KEY = /^(onboarding|acs)_/;

const placeholders = (message: string) => [...message.matchAll(/\$([a-z0-9_@]+)\$/gi)].map(([, name = '']) => name.toLowerCase()).sort();
const ownKeys = (catalogue: Catalogue) => Object.keys(catalogue).filter((key) => OWN_KEY.test(key));

describe('the onboarding catalogues', () => {
  it('translate every English message into Spanish with the same placeholders', () => {
    const untranslated = ownKeys(CATALOGUES.en).filter((key) => {
      const english = CATALOGUES.en[key]?.message ?? '';
      const spanish = CATALOGUES.es[key]?.message;
      return !spanish || spanish === english || placeholders(spanish).join() !== placeholders(english).join();
    });

    expect(untranslated).toEqual([]);
  });

  it('fill every placeholder they use', () => {
    for (const catalogue of [CATALOGUES.en, CATALOGUES.es]) {
      for (const key of ownKeys(catalogue)) expect(getMessage(catalogue, key, 'X'), key).not.toMatch(/\$[a-z]/i);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { CATALOGUES, getMessage, type Catalogue } from './i18n-stub.ts';

// The prefixes the popup and options page own; other parts check their own keys.
const OWN_KEY = /^(popup|options|error|state|conn)_/;

function ownEntries(catalogue: Catalogue) {
  return Object.entries(catalogue).filter(([key]) => OWN_KEY.test(key));
}

function placeholderNames(message: string): string[] {
  return [...message.matchAll(/\$([a-z0-9_@]+)\$/gi)].map(([, name = '']) => name.toLowerCase()).sort();
}

describe('the popup and options catalogues', () => {
  it('translate every English message into Spanish with the same placeholders', () => {
    const missing = ownEntries(CATALOGUES.en).filter(([key, english]) => {
      const spanish = CATALOGUES.es[key];
      return !spanish?.message || placeholderNames(spanish.message).join() !== placeholderNames(english.message).join();
    });

    expect(missing.map(([key]) => key)).toEqual([]);
  });

  it('define every placeholder a message uses', () => {
    const undefinedPlaceholders = [...ownEntries(CATALOGUES.en), ...ownEntries(CATALOGUES.es)].filter(([, entry]) =>
      placeholderNames(entry.message).some((name) => entry.placeholders?.[name] === undefined),
    );

    expect(undefinedPlaceholders.map(([key]) => key)).toEqual([]);
  });
});

describe('the chrome.i18n stand-in', () => {
  const catalogue: Catalogue = {
    price: { message: 'Costs $$$AMOUNT$ today', placeholders: { amount: { content: '$1' } } },
    plain: { message: 'Hello $1 and $2' },
  };

  it('expands named placeholders, numbered substitutions and "$$" as Chrome does', () => {
    expect(getMessage(catalogue, 'price', '5')).toBe('Costs $5 today');
    expect(getMessage(catalogue, 'plain', ['Ada'])).toBe('Hello Ada and ');
    expect(getMessage(catalogue, 'missing')).toBe('');
  });

  it('serves Spanish', () => {
    expect(getMessage(CATALOGUES.es, 'popup_transferredTo', '+44 20 7946 0958')).toBe('Transferida a +44 20 7946 0958');
  });
});

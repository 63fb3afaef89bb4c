import { describe, expect, it } from 'vitest';
import { CATALOGUES, getMessage, type Catalogue } from '../popup/i18n-stub.ts';

// The prefixes the devices and diagnostics sections own.
const OWN_KEY = /^(devices|diag)_/;

function placeholderNames(message: string): string[] {
  return [...message.matchAll(/\$([a-z0-9_@]+)\$/gi)].map(([, name = '']) => name.toLowerCase()).sort();
}

function ownKeys(catalogue: Catalogue): string[] {
  return Object.keys(catalogue).filter((key) => OWN_KEY.test(key));
}

describe('the devices and diagnostics catalogues', () => {
  it('have every English message in Spanish with the same placeholders, and nothing extra', () => {
    const mismatched = ownKeys(CATALOGUES.en).filter((key) => {
      const [english, spanish] = [CATALOGUES.en[key], CATALOGUES.es[key]];
      return !spanish?.message || spanish.message === english?.message || placeholderNames(spanish.message).join() !== placeholderNames(english?.message ?? '').join();
    });

    expect(mismatched).toEqual([]);
    expect(ownKeys(CATALOGUES.es).sort()).toEqual(ownKeys(CATALOGUES.en).sort());
  });

  it('fill their placeholders', () => {
    expect(getMessage(CATALOGUES.es, 'devices_unnamedMicrophone', '2')).toBe('Micrófono 2');
    expect(getMessage(CATALOGUES.en, 'diag_copyFailed', 'Document is not focused.')).toBe('Could not copy: Document is not focused.');
  });
});

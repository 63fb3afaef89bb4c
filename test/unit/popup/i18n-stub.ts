// A stand-in for src/platform/browser.ts in unit tests: chrome.i18n served from our own
// _locales catalogues. Importing webextension-polyfill under vitest throws, so every view test
// mocks the browser module with this:
//   vi.mock('../../../src/platform/browser.ts', async () => (await import('./i18n-stub.ts')).fakeBrowserModule());
import en from '../../../public/_locales/en/messages.json';
import es from '../../../public/_locales/es/messages.json';

interface CatalogueEntry {
  message: string;
  placeholders?: { [name: string]: { content: string } };
}
export type Catalogue = { [key: string]: CatalogueEntry };

export const CATALOGUES = { en: en as Catalogue, es: es as Catalogue };
export type Locale = keyof typeof CATALOGUES;

/**
 * chrome.i18n.getMessage: "$name$" becomes its placeholder's content (names are case-insensitive),
 * then "$1"…"$9" become the substitutions (missing ones become empty) and "$$" a literal "$".
 * An unknown key gives "", as in Chrome.
 */
export function getMessage(catalogue: Catalogue, key: string, substitutions?: string | string[]): string {
  const entry = catalogue[key];
  if (!entry) return '';
  const values = substitutions === undefined ? [] : [substitutions].flat();
  const expanded = entry.message.replace(
    /\$([a-z0-9_@]+)\$/gi,
    (whole, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? whole,
  );
  return expanded.replace(/\$(\$|[1-9])/g, (_, token: string) =>
    token === '$' ? '$' : (values[Number(token) - 1] ?? ''),
  );
}

const UI_LANGUAGES: Record<Locale, string> = { en: 'en-GB', es: 'es-ES' };

/** The module object that replaces src/platform/browser.ts. */
export function fakeBrowserModule(locale: Locale = 'en') {
  const catalogue = CATALOGUES[locale];
  return {
    browser: {
      i18n: {
        getMessage: (key: string, substitutions?: string | string[]) => getMessage(catalogue, key, substitutions),
        getUILanguage: () => UI_LANGUAGES[locale],
      },
    },
  };
}

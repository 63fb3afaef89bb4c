// Typed access to _locales: a key missing from the English catalogue fails the typecheck.
import type en from '../../public/_locales/en/messages.json';
import { browser } from './browser.ts';

export type MessageKey = keyof typeof en;

export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** The UI language Chrome picked from _locales, for number and date formatting. */
export function uiLocale(): string {
  return browser.i18n.getUILanguage();
}

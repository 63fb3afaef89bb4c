// "Transfer call to “%s”" and "Transfer to voicemail" on selected text and call links. The
// selection is parsed by the same finder as the page controls; what is not a target is refused
// with a notification, and the call is left alone.
import { findTargetsInText, targetFromHref } from '../shared/detect/index.ts';
import { parseTarget } from '../shared/phone.ts';
import type { PageAction } from '../shared/protocol.ts';
import type { Settings } from '../shared/settings.ts';
import { t } from '../platform/i18n.ts';

export const MENU_TRANSFER = 'acs-transfer:transfer-selection';
export const MENU_TRANSFER_LINK = 'acs-transfer:transfer-link';
export const MENU_VOICEMAIL = 'acs-transfer:voicemail';

const LINK_PATTERNS = ['tel:*', 'callto:*', 'sip:*'];

export function createMenus(browser: typeof chrome): void {
  browser.contextMenus.removeAll(() => {
    browser.contextMenus.create({ id: MENU_TRANSFER, title: t('menu_transferTo'), contexts: ['selection'], enabled: false });
    browser.contextMenus.create({
      id: MENU_TRANSFER_LINK,
      title: t('menu_transferLink'),
      contexts: ['link'],
      targetUrlPatterns: LINK_PATTERNS,
      enabled: false,
    });
    browser.contextMenus.create({ id: MENU_VOICEMAIL, title: t('menu_voicemail'), contexts: ['selection', 'link'], enabled: false });
  });
}

export function setMenusEnabled(browser: typeof chrome, enabled: boolean): void {
  for (const id of [MENU_TRANSFER, MENU_TRANSFER_LINK, MENU_VOICEMAIL]) {
    browser.contextMenus.update(id, { enabled }, () => void browser.runtime.lastError);
  }
}

export interface MenuClick {
  menuItemId: string | number;
  selectionText?: string;
  linkUrl?: string;
}

export type MenuIntent = { ok: true; action: PageAction; target: string } | { ok: false; shown: string };

/** What a menu click asks for, parsed from the selection or link exactly like a page control. */
export function menuIntent(click: MenuClick, settings: Settings): MenuIntent {
  const action: PageAction = click.menuItemId === MENU_VOICEMAIL ? 'voicemail' : 'transfer';
  const country = settings.defaultCountry || undefined;
  const selection = (click.selectionText ?? '').trim();
  const target = click.linkUrl && !selection
    ? targetFromHref(click.linkUrl, { defaultCountry: country })
    : (findTargetsInText(selection, { defaultCountry: country })[0]?.rawId ?? parseTarget(selection, country as Parameters<typeof parseTarget>[1]));
  return target ? { ok: true, action, target } : { ok: false, shown: selection || click.linkUrl || '' };
}

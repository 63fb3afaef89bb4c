// "Transfer call to “%s”" and "Transfer to voicemail" on selected text and call links, enabled
// only while a transferable call exists.
import { t } from '../platform/i18n.ts';
import { MENU_TRANSFER, MENU_TRANSFER_LINK, MENU_VOICEMAIL } from './menu-intent.ts';

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

// What a context-menu click asks for. The selection is parsed by the same finder as the page
// controls; what is not a target is refused (and the call left alone).
import type { CountryCode } from 'libphonenumber-js/max';
import { findTargetsInText, targetFromHref } from '../shared/detect/index.ts';
import { parseTarget } from '../shared/phone.ts';
import type { PageAction } from '../shared/protocol.ts';

export const MENU_TRANSFER = 'acs-transfer:transfer-selection';
export const MENU_TRANSFER_LINK = 'acs-transfer:transfer-link';
export const MENU_VOICEMAIL = 'acs-transfer:voicemail';

export interface MenuClick {
  menuItemId: string | number;
  selectionText?: string;
  linkUrl?: string;
  /** The frame the agent right-clicked in. */
  frameId?: number;
}

export type MenuIntent = { ok: true; action: PageAction; target: string } | { ok: false; shown: string };

/** What a menu click asks for, parsed from the selection or link exactly like a page control. */
export function menuIntent(click: MenuClick, country: CountryCode | undefined): MenuIntent {
  const action: PageAction = click.menuItemId === MENU_VOICEMAIL ? 'voicemail' : 'transfer';
  const selection = (click.selectionText ?? '').trim();
  const target =
    click.linkUrl && !selection
      ? targetFromHref(click.linkUrl, { defaultCountry: country })
      : (findTargetsInText(selection, { defaultCountry: country })[0]?.rawId ?? selectedNumber(selection, country));
  return target ? { ok: true, action, target } : { ok: false, shown: selection || click.linkUrl || '' };
}

/**
 * A selection that is nothing but a number (bare digits included) was chosen on purpose, like a
 * labelled phone field; inside other words a digit run stays an order id or the like.
 */
function selectedNumber(selection: string, country: CountryCode | undefined): string | undefined {
  return /^[+\d\s().-]{7,32}$/.test(selection) ? parseTarget(selection, country) : undefined;
}

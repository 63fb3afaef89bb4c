// Where targets are never decorated: code, the text inside form controls (a phone field's value gets
// a control beside the field, phone-fields.ts), editors, hidden subtrees, vector graphics, our own
// controls, and the insides of phone links (the link itself gets the control).
import { isElement } from './dom.ts';

export const HOST_TAG = 'acs-transfer-target';
export const TARGET_ATTRIBUTE = 'data-acs-transfer-target';

const HTML_NS = 'http://www.w3.org/1999/xhtml';
const PHONE_HREF = /^\s*(?:tel|callto|sip):/i;
const PRUNED_TAGS = new Set(['head', 'script', 'style', 'noscript', 'template', 'textarea', 'select', 'option', 'code', 'pre']);
const PHONE_LINKS = 'a[href^="tel:" i], a[href^="callto:" i], a[href^="sip:" i]';
const EXCLUDED_ANCESTORS = [
  ...PRUNED_TAGS,
  'svg',
  'math',
  '[hidden]',
  '[contenteditable]:not([contenteditable="false" i])',
  HOST_TAG,
  PHONE_LINKS,
].join(',');

export function isHost(node: Node): node is HTMLElement {
  return isElement(node) && node.localName === HOST_TAG;
}

/** `name` is the element's localName, for callers that have read it already. */
export function isPhoneLink(element: Element, name = element.localName): element is HTMLAnchorElement {
  return name === 'a' && PHONE_HREF.test(element.getAttribute('href') ?? '');
}

/**
 * For the TreeWalker: should it skip this element and everything under it? Reads tags and
 * attributes only, never style, so a full-page walk stays cheap. `name` is the element's localName,
 * for callers that have read it already.
 */
export function prunesSubtree(element: Element, name = element.localName): boolean {
  if (element.namespaceURI !== HTML_NS || PRUNED_TAGS.has(name) || name === HOST_TAG) return true;
  if (element.hasAttribute('hidden')) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

/**
 * For nodes reached without a walk from the top (mutations, rescans): is any ancestor excluded?
 * Attributes and designMode stand in for isContentEditable, which forces a style recalculation
 * and would do so once per mutation, between our own writes.
 */
export function isExcluded(element: Element): boolean {
  return element.ownerDocument.designMode === 'on' || element.closest(EXCLUDED_ANCESTORS) !== null;
}

// One constructed stylesheet per document, adopted by every control: thousands of hosts share a
// single parsed sheet, and page CSPs that block inline <style> do not apply to it.
const CSS = `
:host { display: inline-flex; vertical-align: middle; margin-left: 4px; position: relative; line-height: 0; }
.trigger { display: inline-flex; align-items: center; justify-content: center; box-sizing: border-box;
  width: 18px; height: 18px; margin: 0; padding: 0; border: 1px solid transparent; border-radius: 4px;
  background: transparent; color: #0f6cbd; cursor: pointer; }
.trigger:hover { background: rgb(15 108 189 / 12%); }
.trigger:focus-visible { outline: 2px solid #0f6cbd; outline-offset: 1px; }
.trigger svg { width: 14px; height: 14px; fill: currentColor; }
.panel { position: absolute; top: 100%; left: 0; z-index: 2147483647; margin: 2px 0 0; padding: 4px;
  min-width: 12rem; max-width: 20rem; box-sizing: border-box; background: #fff; color: #242424;
  border: 1px solid #8a8886; border-radius: 6px; box-shadow: 0 4px 12px rgb(0 0 0 / 18%);
  font: 13px/1.4 system-ui, sans-serif; line-height: 1.4; }
.panel[popover] { position: fixed; inset: auto; margin: 0; }
.item { display: block; width: 100%; padding: 6px 8px; border: 0; border-radius: 4px; background: none;
  color: inherit; font: inherit; text-align: start; cursor: pointer; }
.item:hover, .item:focus { background: #ebf3fc; outline: none; }
.item:focus-visible { outline: 2px solid #0f6cbd; outline-offset: -2px; }
.item[aria-disabled="true"] { color: #707070; cursor: default; }
.note { margin: 4px 8px; color: #616161; font-size: 12px; }
.status { position: absolute; top: 100%; left: 0; z-index: 2147483647; margin-top: 2px; padding: 4px 8px;
  border-radius: 4px; background: #b10e1c; color: #fff; font: 12px/1.4 system-ui, sans-serif; white-space: nowrap; }
@media (forced-colors: active) { .trigger { border-color: ButtonText; } }
`;

// Material Icons "phone_forwarded" (Apache-2.0): a handset with an arrow, read as "transfer".
const ICON_PATH =
  'M18 11l5-5-5-5v3h-4v4h4v3zm2 4.5c-1.25 0-2.45-.2-3.57-.57-.35-.11-.74-.03-1.02.24l-2.2 2.2c-2.83-1.44-5.15-3.75-6.59-6.59l2.2-2.21c.28-.26.36-.65.25-1C8.7 6.45 8.5 5.25 8.5 4c0-.55-.45-1-1-1H4c-.55 0-1 .45-1 1 0 9.39 7.61 17 17 17 .55 0 1-.45 1-1v-3.5c0-.55-.45-1-1-1z';
const SVG_NS = 'http://www.w3.org/2000/svg';

const sheets = new WeakMap<Document, CSSStyleSheet>();
const icons = new WeakMap<Document, SVGSVGElement>();

export function adoptStyles(shadow: ShadowRoot): void {
  const doc = shadow.ownerDocument;
  let sheet = sheets.get(doc);
  if (!sheet) {
    sheet = new (doc.defaultView ?? window).CSSStyleSheet();
    sheet.replaceSync(CSS);
    sheets.set(doc, sheet);
  }
  shadow.adoptedStyleSheets = [sheet];
}

/** A fresh copy of the icon; built once per document and cloned, which is cheaper than building. */
export function createIcon(doc: Document): SVGSVGElement {
  let icon = icons.get(doc);
  if (!icon) {
    icon = doc.createElementNS(SVG_NS, 'svg');
    icon.setAttribute('viewBox', '0 0 24 24');
    icon.setAttribute('aria-hidden', 'true');
    icon.setAttribute('focusable', 'false');
    const path = doc.createElementNS(SVG_NS, 'path');
    path.setAttribute('d', ICON_PATH);
    icon.append(path);
    icons.set(doc, icon);
  }
  return icon.cloneNode(true) as SVGSVGElement;
}

// The one `browser.*` namespace every context uses (docs/design.md, Decisions). Chrome 148+ has it
// natively and the polyfill passes it through; older Chromes get the polyfill's wrapper.
import polyfill from 'webextension-polyfill';

export const browser: typeof chrome = polyfill;

// The popup's storage.session, read ahead (platform/read-ahead.ts) the moment this module is
// evaluated: popup/main.tsx imports it first, and the build keeps it and read-ahead.ts in a chunk of
// their own that depends on no other and that the popup's HTML names first (vite.config.ts), so the
// read is answered while the rest of the popup's files load. chrome.storage rather than the
// polyfill, which would be a dependency.
import { readAhead } from './read-ahead.ts';

export const sessionArea = readAhead(chrome.storage.session);

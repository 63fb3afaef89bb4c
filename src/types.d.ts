// webextension-polyfill ships no types of its own; @types/chrome describes the same API (docs/design.md).
declare module 'webextension-polyfill' {
  const browser: typeof chrome;
  export default browser;
}

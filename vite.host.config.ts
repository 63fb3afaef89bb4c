// Builds the calling host page (src/host) into dist-host/: a web page for the organisation's HTTPS
// origin, not part of the extension. It alone carries the ACS Calling SDK (docs/acs-sdk.md §1, §2).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('./src/host', import.meta.url)),
  base: './',
  publicDir: false,
  build: {
    outDir: fileURLToPath(new URL('./dist-host', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // The SDK is one prebuilt, non-tree-shakeable bundle of ~7 MB minified (docs/acs-sdk.md §1).
    chunkSizeWarningLimit: 8_000,
  },
});

/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };

export default defineConfig({
  plugins: [preact(), crx({ manifest, contentScripts: { standaloneFiles: ['src/content/content-script.ts'] } })],
  build: {
    target: 'chrome116',
    // The offscreen document and the onboarding page are not named in the manifest, so they are explicit entries.
    rolldownOptions: { input: { offscreen: 'src/offscreen/index.html', onboarding: 'src/onboarding/index.html' } },
  },
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'happy-dom',
  },
});

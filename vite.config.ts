/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import { extensionManifest, type Build } from './manifest.config.ts';

const CONTENT_SCRIPT = 'src/content/content-script.ts';

interface WebAccessibleResource {
  resources: string[];
}

/**
 * crxjs lists a `?script` import (background/site-edge.ts) as web accessible to every http(s) page,
 * although registered and executed content scripts load without that. Dropping that entry keeps
 * the file unreachable by pages; any other entry fails the build, so one cannot appear unnoticed.
 */
function noWebAccessibleResources(): Plugin & { renderCrxManifest(manifest: { web_accessible_resources?: WebAccessibleResource[] }): unknown } {
  return {
    name: 'acs:no-web-accessible-resources',
    enforce: 'post',
    renderCrxManifest(manifest) {
      const kept = (manifest.web_accessible_resources ?? []).filter((entry) => !entry.resources.every((file) => file === CONTENT_SCRIPT.replace(/\.ts$/, '.js')));
      if (kept.length > 0) throw new Error(`Unexpected web_accessible_resources: ${JSON.stringify(kept)}`);
      delete manifest.web_accessible_resources;
      return manifest;
    },
  };
}

// `vite build` writes the production extension to dist/; `vite build --mode test` (npm run
// build:test) writes the test build to dist-test/ (manifest.config.ts). Vitest runs in mode "test" too.
export default defineConfig(({ mode }) => {
  const build: Build = mode === 'test' ? 'test' : 'production';
  return {
    plugins: [preact(), crx({ manifest: extensionManifest(build), contentScripts: { standaloneFiles: [CONTENT_SCRIPT] } }), noWebAccessibleResources()],
    build: {
      outDir: build === 'test' ? 'dist-test' : 'dist',
      target: 'chrome116',
      // The offscreen document, the onboarding page and the call confirmation are not named in the manifest, so they are explicit entries.
      rolldownOptions: {
        input: { offscreen: 'src/offscreen/index.html', onboarding: 'src/onboarding/index.html', confirm: 'src/confirm/index.html' },
      },
    },
    test: {
      include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
      environment: 'happy-dom',
    },
  };
});

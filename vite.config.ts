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

const POPUP_ENTRY = /[\\/]src[\\/]popup[\\/]index\.html$/;
// platform/session-read-ahead.ts and what it imports.
const READ_AHEAD = /[\\/]src[\\/]platform[\\/](?:session-)?read-ahead\.ts$/;
const WORKER_ENTRY = /[\\/]src[\\/]background[\\/]main\.ts$/;

interface ModuleGraph {
  getModuleInfo(moduleId: string): { isEntry: boolean; importers: readonly string[]; dynamicImporters: readonly string[] } | null;
}

type Reach = 'popup' | 'worker' | 'other page';

/**
 * The popup's page loads four scripts rather than one per shared piece (it was 16): its own modules
 * (its entry), what it shares with other pages but not the service worker, what it shares with the
 * worker, and the read ahead of storage.session, a chunk that depends on no other and that its HTML
 * names first, so that it runs before the others have loaded. Each file costs the popup's main
 * thread a few ms before anything is shown (bench/popup.mjs). The worker loads no module it did not
 * load before. The other pages may load some they do not use from the second chunk (preact,
 * signals, views' stores), none with effects when evaluated. Modules the popup does not load keep
 * their automatic chunks.
 */
function popupChunkName(): (moduleId: string, graph: ModuleGraph) => string | null {
  const reaching = new Map<string, ReadonlySet<Reach>>();
  const entriesReaching = (moduleId: string, graph: ModuleGraph, path: Set<string>): ReadonlySet<Reach> => {
    const known = reaching.get(moduleId);
    if (known) return known;
    const info = graph.getModuleInfo(moduleId);
    const found = new Set<Reach>();
    if (info?.isEntry) found.add(POPUP_ENTRY.test(moduleId) ? 'popup' : WORKER_ENTRY.test(moduleId) ? 'worker' : 'other page');
    path.add(moduleId);
    for (const importer of [...(info?.importers ?? []), ...(info?.dynamicImporters ?? [])]) {
      if (path.has(importer)) continue;
      for (const entry of entriesReaching(importer, graph, path)) found.add(entry);
    }
    path.delete(moduleId);
    if (path.size === 0) reaching.set(moduleId, found);
    return found;
  };
  return (moduleId, graph) => {
    if (READ_AHEAD.test(moduleId)) return 'read-ahead';
    const info = graph.getModuleInfo(moduleId);
    if (!info || info.isEntry) return null;
    const entries = entriesReaching(moduleId, graph, new Set());
    if (!entries.has('popup')) return null;
    if (entries.has('worker')) return 'shared';
    return entries.has('other page') ? 'views' : 'popup';
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
      // Chrome has had modulepreload since 66: vite's polyfill would be one more file for every page.
      modulePreload: { polyfill: false },
      // The offscreen document, the onboarding page and the call confirmation are not named in the manifest, so they are explicit entries.
      rolldownOptions: {
        input: { offscreen: 'src/offscreen/index.html', onboarding: 'src/onboarding/index.html', confirm: 'src/confirm/index.html' },
        // Groups take exactly the modules popupChunkName names, not their dependencies too: those
        // would pull what the worker shares into the popup's chunk. Rolldown then requires entries
        // free to drop their exports, which none of ours has.
        preserveEntrySignatures: false,
        output: { codeSplitting: { groups: [{ name: popupChunkName(), debugName: 'popup', includeDependenciesRecursively: false }] } },
      },
    },
    test: {
      include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
      environment: 'happy-dom',
    },
  };
});

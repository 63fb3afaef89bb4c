// The extension's manifest per build (vite.config.ts): manifest.json is the production one; the
// test build (`npm run build:test`, dist-test/) adds the local sites to the content script's
// matches, so the demo CRM and the fixtures on 127.0.0.1 and localhost are decorated.
import manifest from './manifest.json' with { type: 'json' };
import { LOCAL_PRESET } from './src/shared/presets.ts';

export type Build = 'production' | 'test';

export type ExtensionManifest = typeof manifest;

export function extensionManifest(build: Build): ExtensionManifest {
  if (build === 'production') return manifest;
  const content_scripts = manifest.content_scripts.map((script) => ({
    ...script,
    matches: [...script.matches, ...LOCAL_PRESET.patterns],
  }));
  return { ...manifest, content_scripts };
}

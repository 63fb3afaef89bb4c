// The layer rules of src/ (docs/design.md, "Layers") and the check that holds the code to them.
// A small script rather than dependency-cruiser or ESLint's boundary plugins: both parse TypeScript
// through the `typescript` package's JavaScript API, which TypeScript 7 (the native compiler this
// project builds with) no longer ships, and both would add a parser and a rule language to keep in
// step for what is a table of folder pairs. Import statements here are plain top-level ES syntax, so
// reading their specifiers is enough; a type-only import is told apart by `import type`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const VIEWS = ['preact', '@preact/signals'];

/**
 * What each folder of src/ may import: folders of src/ and npm packages; `types` lists what it may
 * import with `import type` only. The contexts (background, content, offscreen, host, popup,
 * options, onboarding, confirm) are separate bundles that talk by message only, so none imports another.
 * A folder not listed here fails the check, so a new one is placed on purpose.
 */
export const LAYERS = {
  // Pure TypeScript for every context: no context, no browser API, no SDK.
  shared: { imports: ['shared', 'valibot', 'libphonenumber-js'] },
  // The one place that reaches the browser's extension API (the `chrome` global, the polyfill).
  platform: { imports: ['platform', 'shared', 'valibot', 'webextension-polyfill'] },
  // The calling engine, written against the SDK port: the SDK's types, its identifiers, never its runtime.
  engine: { imports: ['engine', 'shared', 'valibot', '@azure/communication-common'], types: ['@azure/communication-calling'] },
  // The calling host page: the only importer of the SDK's runtime (~1.8 MB gzip).
  host: { imports: ['host', 'engine', 'shared', 'valibot', '@azure/communication-calling', '@azure/communication-common', '@azure/logger'] },
  offscreen: { imports: ['offscreen', 'engine', 'shared', 'platform', 'valibot'] },
  background: { imports: ['background', 'shared', 'platform', 'valibot'], types: ['libphonenumber-js'] },
  content: { imports: ['content', 'shared', 'platform', 'valibot'] },
  popup: { imports: ['popup', 'shared', 'platform', 'valibot', ...VIEWS] },
  options: { imports: ['options', 'shared', 'platform', 'valibot', ...VIEWS] },
  onboarding: { imports: ['onboarding', 'shared', 'platform', ...VIEWS] },
  // The window where the agent confirms a call a page control asked for.
  confirm: { imports: ['confirm', 'shared', 'platform', 'valibot'] },
};

/** Top-level source files of src/ (ambient declarations) belong to no layer. */
const ROOT_FILES = '.';

const IMPORT = /(?:^|\n)[ \t]*(?:import|export)[ \t]+(type[ \t]+)?(?:[^'";]*?[ \t\n]from[ \t]+)?['"]([^'"\n]+)['"]|\bimport\(\s*['"]([^'"\n]+)['"]\s*\)/g;

/** `chrome.<api>.<member>` used as a value (types are `chrome.<api>.<Type>`), outside comments. */
const CHROME_VALUE = /\bchrome\.[a-z]\w*\.[a-z]/;

/** @param {string} source */
function withoutComments(source) {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\w])\/\/.*$/gm, '$1');
}

/** @param {string} specifier */
function packageOf(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/**
 * Where an import lands: a folder of src/, a package, or null for a file outside src/ (locales,
 * public assets) and for a `?script` import, which yields the built file's URL, not its code.
 */
function targetOf(srcDir, file, specifier) {
  if (/[?&]script\b/.test(specifier)) return null;
  if (!specifier.startsWith('.')) return packageOf(specifier);
  const relative = path.relative(srcDir, path.resolve(path.dirname(file), specifier));
  if (relative.startsWith('..')) return null;
  return relative.includes(path.sep) ? relative.split(path.sep)[0] : ROOT_FILES;
}

/** @param {string} dir @returns {string[]} */
function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|mts)$/.test(name) ? [full] : [];
  });
}

/**
 * Every import of src/ that breaks LAYERS, and every value use of `chrome.*` outside platform/.
 * @param {string} srcDir
 * @returns {string[]} one line per violation: file, what it imports, and the rule it breaks
 */
export function layerViolations(srcDir) {
  const violations = [];
  for (const file of sourceFiles(srcDir)) {
    const name = path.relative(srcDir, file);
    const layer = name.includes(path.sep) ? name.split(path.sep)[0] : ROOT_FILES;
    if (layer === ROOT_FILES) continue;
    const rule = LAYERS[layer];
    if (!rule) {
      violations.push(`${name}: src/${layer}/ is in no layer of scripts/lib/layers.mjs`);
      continue;
    }
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(IMPORT)) {
      const typeOnly = match[1] !== undefined;
      const specifier = match[2] ?? match[3];
      const target = targetOf(srcDir, file, specifier);
      if (target === null || target === ROOT_FILES) continue;
      const allowed = rule.imports.includes(target) || (typeOnly && (rule.types ?? []).includes(target));
      if (allowed) continue;
      const why = (rule.types ?? []).includes(target) ? `${layer}/ may import only types from ${target}` : `${layer}/ may not import ${target}`;
      violations.push(`${name}: imports '${specifier}' (${why})`);
    }
    if (layer !== 'platform' && CHROME_VALUE.test(withoutComments(source))) {
      violations.push(`${name}: uses chrome.* directly (only platform/ reaches the extension API)`);
    }
  }
  return violations;
}

// The layer check that `npm test` runs (scripts/check-layers.mjs): src/ keeps to its layers, and
// each kind of crossing the rules forbid is caught in a throwaway tree.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { layerViolations } from '../../../scripts/lib/layers.mjs';

let tree: string | undefined;

function srcWith(files: Record<string, string>): string {
  tree = mkdtempSync(path.join(tmpdir(), 'layers-'));
  for (const [name, source] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(tree, name)), { recursive: true });
    writeFileSync(path.join(tree, name), source);
  }
  return tree;
}

afterEach(() => {
  if (tree) rmSync(tree, { recursive: true, force: true });
  tree = undefined;
});

describe('the layer check', () => {
  it('finds nothing in src/', () => {
    expect(layerViolations(path.resolve('src'))).toEqual([]);
  });

  it('catches a context importing another context', () => {
    const src = srcWith({
      'popup/bar.tsx': "import { ask } from '../onboarding/microphone.ts';\n",
      'onboarding/microphone.ts': 'export const ask = 1;\n',
    });
    expect(layerViolations(src)).toEqual(["popup/bar.tsx: imports '../onboarding/microphone.ts' (popup/ may not import onboarding)"]);
  });

  it('catches shared/ importing a context, also in a multi-line or dynamic import', () => {
    const src = srcWith({
      'shared/a.ts': "import {\n  b,\n} from '../background/b.ts';\nconst c = import('../content/c.ts');\n",
    });
    expect(layerViolations(src)).toEqual([
      "shared/a.ts: imports '../background/b.ts' (shared/ may not import background)",
      "shared/a.ts: imports '../content/c.ts' (shared/ may not import content)",
    ]);
  });

  it('lets engine/ import the SDK types but not its runtime', () => {
    const src = srcWith({
      'engine/port.ts': "import type { Call } from '@azure/communication-calling';\n",
      'engine/leak.ts': "import { CallClient } from '@azure/communication-calling';\n",
    });
    expect(layerViolations(src)).toEqual([
      "engine/leak.ts: imports '@azure/communication-calling' (engine/ may import only types from @azure/communication-calling)",
    ]);
  });

  it('catches chrome.* used as a value outside platform/, not in a type or a comment', () => {
    const src = srcWith({
      'popup/open.ts': "// chrome.tabs.create is not called here\nexport type S = chrome.runtime.MessageSender;\nvoid chrome.tabs.create({});\n",
      'platform/tabs.ts': 'void chrome.tabs.create({});\n',
    });
    expect(layerViolations(src)).toEqual(['popup/open.ts: uses chrome.* directly (only platform/ reaches the extension API)']);
  });

  it('places a new folder on purpose', () => {
    const src = srcWith({ 'widgets/w.ts': 'export const w = 1;\n' });
    expect(layerViolations(src)).toEqual(['widgets/w.ts: src/widgets/ is in no layer of scripts/lib/layers.mjs']);
  });
});

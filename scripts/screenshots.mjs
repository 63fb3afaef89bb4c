// `npm run screenshots`: refreshes the README's pictures in docs/screenshots/. `npm test` never
// writes there (its console test leaves its pictures in test-output/screenshots/), so a test run
// leaves the tree as it was; this command is the one way the tracked pictures change.
import { spawn } from 'node:child_process';
import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DOCS = path.join(ROOT, 'docs', 'screenshots');
/** The headless demo tour's pictures (demo-output/) that the README shows, by their README name. */
const FROM_DEMO = {
  '02-transfer-menu.png': 'demo-transfer-menu.png',
  '03-popup-transferring.png': 'demo-popup-transferring.png',
  '04-popup-transferred.png': 'demo-popup-transferred.png',
};

function run(args, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(undefined) : reject(new Error(`node ${args.join(' ')} exited with ${code}`))));
  });
}

// The demo builds dist-test/ first, which the console test then loads.
await run(['scripts/demo.mjs', '--headless']);
for (const [from, to] of Object.entries(FROM_DEMO)) await copyFile(path.join(ROOT, 'demo-output', from), path.join(DOCS, to));
await run(['--test', 'test/e2e/console.test.mjs'], { SCREENSHOTS_DIR: DOCS });
console.log(`Screenshots refreshed in ${path.relative(process.cwd(), DOCS)}/.`);

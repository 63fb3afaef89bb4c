// `npm test`: typecheck, the layer check (scripts/check-layers.mjs), unit tests, both builds (extension and calling host page), end-to-end
// tests in headless Chromium; then one closing "N passed, N failed" line over unit and end-to-end
// tests (what CI reads). A run that changes a tracked file fails: tests write to test-output/ only.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

const bin = (name) => `node_modules/.bin/${name}`;

/** Runs a command with its output shown live; resolves with its exit code and captured stdout. */
function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      stdout += chunk;
    });
    child.on('close', (code) => resolve({ code: code ?? 1, stdout }));
  });
}

function vitestCounts() {
  try {
    const report = JSON.parse(readFileSync('test-output/vitest.json', 'utf8'));
    return { passed: report.numPassedTests, failed: report.numFailedTests + (report.numRuntimeErrorTests ?? 0) };
  } catch {
    return { passed: 0, failed: 1 };
  }
}

function nodeTestCounts(stdout) {
  const count = (label) => Number(stdout.match(new RegExp(`ℹ ${label} (\\d+)`))?.[1] ?? 0);
  return { passed: count('pass'), failed: count('fail') + count('cancelled') };
}

/** `git status` of the working tree, or '' outside a git checkout (a tarball has no tree to keep clean). */
function treeStatus() {
  try {
    return execFileSync('git', ['status', '--porcelain'], { encoding: 'utf8' });
  } catch {
    return '';
  }
}

async function main() {
  mkdirSync('test-output', { recursive: true });
  const treeBefore = treeStatus();
  const steps = [];
  const typecheck = await run(bin('tsc'), ['--noEmit']);
  steps.push(['typecheck', typecheck.code]);
  const typecheckHost = await run(bin('tsc'), ['--noEmit', '-p', 'tsconfig.host.json']);
  steps.push(['typecheck host and server', typecheckHost.code]);
  const layers = await run(process.execPath, ['scripts/check-layers.mjs']);
  steps.push(['layers', layers.code]);
  const unit = await run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', '--outputFile.json=test-output/vitest.json']);
  steps.push(['unit', unit.code]);
  const build = await run(bin('vite'), ['build', '--logLevel', 'warn']);
  steps.push(['build', build.code]);
  // The end-to-end tests load the test build (dist-test/); bundle-size and manifest tests read dist/.
  const buildTest = await run(bin('vite'), ['build', '--mode', 'test', '--logLevel', 'warn']);
  steps.push(['build test', buildTest.code]);
  // The ACS end-to-end test serves the calling host page from dist-host/.
  const buildHost = await run(bin('vite'), ['build', '--config', 'vite.host.config.ts', '--logLevel', 'warn']);
  steps.push(['build host', buildHost.code]);
  const e2e = build.code === 0 && buildTest.code === 0
    ? await run(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', 'test/e2e/'])
    : { code: 1, stdout: '' };
  steps.push(['e2e', e2e.code]);
  const treeAfter = treeStatus();
  if (treeAfter !== treeBefore) console.log(`The run changed the working tree:\n${treeAfter}`);
  steps.push(['tree unchanged', treeAfter === treeBefore ? 0 : 1]);

  const unitCounts = vitestCounts();
  const e2eCounts = nodeTestCounts(e2e.stdout);
  const failedSteps = steps.filter(([, code]) => code !== 0).map(([name]) => name);
  console.log(`\nSteps: ${steps.map(([name, code]) => `${name} ${code === 0 ? 'ok' : 'FAILED'}`).join(', ')}`);
  console.log(`Unit: ${unitCounts.passed} passed, ${unitCounts.failed} failed; end-to-end: ${e2eCounts.passed} passed, ${e2eCounts.failed} failed`);
  const failed = unitCounts.failed + e2eCounts.failed + (failedSteps.length > 0 && unitCounts.failed + e2eCounts.failed === 0 ? 1 : 0);
  console.log(`${unitCounts.passed + e2eCounts.passed} passed, ${failed} failed`);
  process.exit(failedSteps.length > 0 ? 1 : 0);
}

await main();

// (g) of bench/run.mjs for two builds of the test extension, in two browsers open side by side
// with a connected call each, popup opens alternating between them (one each per round) so that both see the
// same machine load. Prints each build's p25 / p50 / p95 and the ratios of the p25s and p50s (the
// p25 is steadier than the p50 on a busy machine).
// Usage: node bench/popup-ab.mjs <base dist-test> <other dist-test> [rounds]
// (e.g. keep a copy of dist-test/ from before a change, rebuild, and compare with ./dist-test).
import { launchWithExtension } from '../scripts/lib/chromium.mjs';
import { applySettings, TEST_SETTINGS } from '../test/e2e/harness.mjs';
import { copyExtension } from './extension-copy.mjs';
import { percentile } from './path-report.mjs';
import { openPopup } from './popup.mjs';

const [base, other, rounds = '20'] = process.argv.slice(2);

/** @param {string} dist */
async function openBuild(dist) {
  const extension = await copyExtension(dist);
  const session = await launchWithExtension({ extensionDir: extension.dir, locale: 'en-US' });
  const product = {
    context: session.context,
    extensionId: session.extensionId,
    worker: () => session.context.serviceWorkers().at(-1) ?? session.serviceWorker,
  };
  await applySettings(product, TEST_SETTINGS);
  return { dist, product, paintedMs: /** @type {number[]} */ ([]), close: async () => (await session.close(), await extension.remove()) };
}

async function main() {
  if (!base || !other) throw new Error('usage: node bench/popup-ab.mjs <base dist-test> <other dist-test> [rounds]');
  const builds = [await openBuild(base), await openBuild(other)];
  try {
    for (let round = 0; round < Number(rounds); round += 1) {
      for (const build of builds) build.paintedMs.push(await openPopup(build.product));
    }
    for (const build of builds) {
      const [p25, p50, p95] = [25, 50, 95].map((p) => percentile(build.paintedMs, p).toFixed(0));
      console.log(`${build.dist}: p25 ${p25} ms, p50 ${p50} ms, p95 ${p95} ms over ${build.paintedMs.length} opens`);
    }
    for (const p of [25, 50]) {
      const [baseMs, otherMs] = builds.map((build) => percentile(build.paintedMs, p));
      console.log(`p${p} ratio other / base: ${(otherMs / baseMs).toFixed(2)}`);
    }
  } finally {
    await Promise.all(builds.map((build) => build.close()));
  }
}

await main();

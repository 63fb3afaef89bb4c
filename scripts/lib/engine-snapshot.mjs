// Reading the engine's state from outside the browser. The offscreen document mirrors every
// EngineSnapshot revision into chrome.storage.session under `engineSnapshot` (docs/design.md,
// "Contracts"); the service worker can read that area, so Playwright asks it.
import { setTimeout as delay } from 'node:timers/promises';
import { STEP_TIMEOUT_MS } from './steps.mjs';

const POLL_INTERVAL_MS = 100;

/**
 * The parts of EngineSnapshot (src/shared/engine.ts) these scripts read.
 * @typedef {{ code: number, subCode?: number }} ErrorCode
 * @typedef {{ state: string, target: string, error?: ErrorCode, startedAt: number, updatedAt: number }} TransferSnapshot
 * @typedef {{ rawId: string, displayName?: string }} PartySnapshot
 * @typedef {{ id: string, state: string, remote: PartySnapshot[], transfer?: TransferSnapshot, endedAt?: number }} CallSnapshot
 * @typedef {{ rev: number, calls: CallSnapshot[] }} EngineSnapshot
 */

/**
 * @param {import('playwright-core').Worker} serviceWorker the extension's service worker
 * @returns {Promise<EngineSnapshot | undefined>} undefined until the offscreen document has
 *   published a first snapshot
 */
export async function readEngineSnapshot(serviceWorker) {
  const stored = await serviceWorker.evaluate(async () => (await chrome.storage.session.get('engineSnapshot')).engineSnapshot);
  return /** @type {EngineSnapshot | undefined} */ (stored);
}

/**
 * Polls the snapshot until `select` picks something out of it. Every revision matters (a transfer
 * spends ~3 s in Transferring), hence a short interval.
 * @template T
 * @param {import('playwright-core').Worker} serviceWorker
 * @param {(snapshot: EngineSnapshot) => T | undefined} select returns undefined to keep waiting;
 *   may throw to stop waiting at once (a transfer that Failed will not turn into Transferred)
 * @param {string} what what is awaited, for the timeout message ("a connected call")
 * @param {number} [timeoutMs]
 * @returns {Promise<T>}
 */
export async function waitForSnapshot(serviceWorker, select, what, timeoutMs = STEP_TIMEOUT_MS) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const snapshot = await readEngineSnapshot(serviceWorker);
    const selected = snapshot && select(snapshot);
    if (selected !== undefined) return selected;
    if (Date.now() >= deadline) {
      throw new Error(`no ${what} within ${timeoutMs / 1000} s; last snapshot: ${describeSnapshot(snapshot)}`);
    }
    await delay(POLL_INTERVAL_MS);
  }
}

/**
 * @param {EngineSnapshot | undefined} snapshot
 * @returns {string} one line for logs, e.g. "rev 7, call c1 LocalHold (transfer Transferring)"
 */
export function describeSnapshot(snapshot) {
  if (!snapshot) return 'none in chrome.storage.session yet (is the offscreen document running?)';
  const calls = snapshot.calls.map((call) => {
    const transfer = call.transfer ? ` (transfer ${call.transfer.state}${call.transfer.error ? ` ${formatErrorCode(call.transfer.error)}` : ''})` : '';
    return `call ${call.id} ${call.state}${transfer}`;
  });
  return `rev ${snapshot.rev}, ${calls.length ? calls.join('; ') : 'no calls'}`;
}

/**
 * @param {ErrorCode} error
 * @returns {string} "603/0", the way support quotes codes (src/shared/call-errors.ts)
 */
export function formatErrorCode(error) {
  return `${error.code}/${error.subCode ?? 0}`;
}

/**
 * @param {CallSnapshot} call
 * @returns {string} "Alex Rivera (+14255550123)", or the bare target when the party has no name
 */
export function describeParty(call) {
  const party = call.remote[0];
  if (!party) return 'nobody';
  const target = party.rawId.replace(/^4:/, '');
  return party.displayName ? `${party.displayName} (${target})` : target;
}

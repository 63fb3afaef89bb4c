// Settings in storage.local steer calls: the calling host URL, which the offscreen document gives
// the microphone and every command, and the caller id. Content scripts run in page renderers an
// attacker may compromise, and Chrome lets them read and write storage.local unless the extension
// restricts it. So storage.local (like storage.session, restricted by default) is for the extension's
// own pages and worker only; content scripts get what they need by message (router.ts: getPageState).

/** Restricts storage.local to trusted contexts, at every worker start, before any message is handled. */
export async function restrictStorageToExtension(storage: Pick<typeof chrome.storage, 'local'>, log: (message: string) => void): Promise<void> {
  try {
    await storage.local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
  } catch (error) {
    log(`storage.local could not be restricted to the extension: ${String(error)}`);
  }
}

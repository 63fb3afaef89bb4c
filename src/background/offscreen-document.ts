// Exactly one offscreen document, the session owner. Chrome allows only one per extension and
// rejects a second createDocument, so concurrent callers share one in-flight creation.
export const OFFSCREEN_PATH = 'src/offscreen/index.html';

export interface OffscreenApi {
  hasDocument(): Promise<boolean>;
  createDocument(): Promise<void>;
}

let creating: Promise<void> | undefined;

export function ensureOffscreen(api: OffscreenApi): Promise<void> {
  creating ??= createIfMissing(api).finally(() => {
    creating = undefined;
  });
  return creating;
}

async function createIfMissing(api: OffscreenApi): Promise<void> {
  if (await api.hasDocument()) return;
  await api.createDocument();
}

/** The Chrome side of OffscreenApi: getContexts works from Chrome 116, hasDocument only from 150. */
export function chromeOffscreenApi(browser: typeof chrome): OffscreenApi {
  const url = browser.runtime.getURL(OFFSCREEN_PATH);
  return {
    async hasDocument() {
      const contexts = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
      return contexts.length > 0;
    },
    async createDocument() {
      await browser.offscreen.createDocument({
        url: OFFSCREEN_PATH,
        reasons: ['USER_MEDIA', 'WEB_RTC'],
        justification: 'Holds the call session and its audio while the agent works in other tabs.',
      });
    },
  };
}

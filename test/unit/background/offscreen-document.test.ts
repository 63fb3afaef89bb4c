import { describe, expect, it } from 'vitest';
import { ensureOffscreen, type OffscreenApi } from '../../../src/background/offscreen-document.ts';

/** Behaves like Chrome: one document at most, a second createDocument throws. */
function chromeLikeOffscreen() {
  let documents = 0;
  const api: OffscreenApi = {
    hasDocument: async () => documents > 0,
    createDocument: async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (documents > 0) throw new Error('Only a single offscreen document may be created.');
      documents++;
    },
  };
  return { api, count: () => documents, close: () => void (documents = 0) };
}

describe('ensureOffscreen', () => {
  it('creates exactly one document under concurrent requests', async () => {
    const chrome = chromeLikeOffscreen();
    await Promise.all([ensureOffscreen(chrome.api), ensureOffscreen(chrome.api), ensureOffscreen(chrome.api)]);
    await ensureOffscreen(chrome.api);
    expect(chrome.count()).toBe(1);
  });

  it('re-creates the document when it is gone', async () => {
    const chrome = chromeLikeOffscreen();
    await ensureOffscreen(chrome.api);
    chrome.close();
    await ensureOffscreen(chrome.api);
    expect(chrome.count()).toBe(1);
  });
});

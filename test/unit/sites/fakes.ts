// Stand-ins for chrome.permissions: a set of granted origin patterns and the agent's answer to
// Chrome's prompt.
import type { SiteAccess } from '../../../src/shared/sites-store.ts';

export interface FakeAccess extends SiteAccess {
  granted: Set<string>;
  /** Every pattern Chrome was asked to prompt for, in order. */
  requests: string[];
  released: string[];
}

export function fakeAccess({ granted = [] as string[], answer = true } = {}): FakeAccess {
  const access: FakeAccess = {
    granted: new Set(granted),
    requests: [],
    released: [],
    request(pattern) {
      access.requests.push(pattern);
      if (answer) access.granted.add(pattern);
      return Promise.resolve(answer || access.granted.has(pattern));
    },
    isGranted: (pattern) => Promise.resolve(access.granted.has(pattern)),
    release(patterns) {
      access.released.push(...patterns);
      for (const pattern of patterns) access.granted.delete(pattern);
      return Promise.resolve();
    },
  };
  return access;
}

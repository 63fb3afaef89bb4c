import { useCallback, useEffect, useState } from 'preact/hooks';
import { followSites, type SiteAccess } from '../shared/sites-store.ts';
import type { StorageArea } from '../shared/storage-item.ts';

export interface SitesView {
  /** Undefined until storage has answered. */
  sites: string[] | undefined;
  /** Added sites Chrome does not let the extension run on (never allowed, or revoked since). */
  blocked: ReadonlySet<string>;
  /** Asks Chrome again for each site's permission, e.g. after the agent allowed one. */
  recheck: () => void;
}

/** The agent's sites as stored, each with whether its host permission is granted. */
export function useSites(storage: StorageArea, access: SiteAccess): SitesView {
  const [sites, setSites] = useState<string[]>();
  const [blocked, setBlocked] = useState<ReadonlySet<string>>(new Set());
  const [checks, setChecks] = useState(0);
  useEffect(() => followSites(storage, setSites), [storage]);
  useEffect(() => {
    if (!sites || sites.length === 0) {
      setBlocked(new Set());
      return undefined;
    }
    let current = true;
    void Promise.all(sites.map((site) => access.isGranted(site))).then((granted) => {
      if (current) setBlocked(new Set(sites.filter((_, index) => !granted[index])));
    });
    return () => {
      current = false;
    };
  }, [sites, access, checks]);
  const recheck = useCallback(() => setChecks((count) => count + 1), []);
  return { sites, blocked, recheck };
}

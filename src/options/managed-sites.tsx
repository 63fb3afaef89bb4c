// The sites an admin set by policy (shared/managed.ts): listed, not removable here. The content
// script runs on each once the agent allowed Chrome's access to it (background/sites.ts follows the
// grant); Chrome has no policy that grants an optional host permission, so the agent allows it here.
import { t } from '../platform/i18n.ts';
import { siteAccess } from '../platform/site-access.ts';
import type { SiteAccess } from '../shared/sites-store.ts';

interface ManagedSitesProps {
  sites: readonly string[];
  lockedBy: string;
  access?: SiteAccess;
}

export function ManagedSites({ sites, lockedBy, access = siteAccess }: ManagedSitesProps) {
  return (
    <section class="section" data-testid="managed-sites">
      <h2 class="section__title">{t('options_managedSitesTitle')}</h2>
      <p class="field__locked">{lockedBy}</p>
      <ul>
        {sites.map((site) => (
          <li key={site}>
            <code>{site}</code>{' '}
            <button type="button" class="button" onClick={() => void access.request(site)}>
              {t('options_allowManagedSite')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

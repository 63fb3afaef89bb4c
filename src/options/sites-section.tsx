// The options page's "Sites": the built-in presets, read-only, and the sites the agent added,
// which can be removed and, when Chrome blocks one, allowed again (docs/design.md, Contracts: Sites).
// It saves on its own, outside the settings form: a site is stored the moment it is allowed.
import { useState } from 'preact/hooks';
import { siteAccess } from '../platform/site-access.ts';
import { t } from '../platform/i18n.ts';
import { disableSites, type SiteAccess } from '../shared/sites-store.ts';
import type { StorageArea } from '../shared/storage-item.ts';
import { siteLabel } from '../shared/sites.ts';
import { AddSiteForm } from './add-site-form.tsx';
import { AddedSiteList, PresetList } from './site-lists.tsx';
import { describeFailure } from './site-messages.ts';
import { useSites } from './use-sites.ts';
import './sites.css';

interface SitesSectionProps {
  storage: StorageArea;
  /** chrome.permissions in the extension; a fake in tests. */
  access?: SiteAccess;
}

export function SitesSection({ storage, access = siteAccess }: SitesSectionProps) {
  const { sites, blocked, recheck } = useSites(storage, access);
  const [notice, setNotice] = useState('');
  const allow = (site: string): void => {
    // Straight from the click: Chrome shows its prompt only during a user gesture.
    access.request(site).then(
      (granted) => {
        recheck();
        setNotice(granted ? t('sites_added', siteLabel(site)) : t('sites_denied'));
      },
      (error: unknown) => setNotice(describeFailure(error)),
    );
  };
  const remove = (site: string): void => {
    disableSites(storage, access, [site]).then(
      () => setNotice(t('sites_removed', siteLabel(site))),
      (error: unknown) => setNotice(describeFailure(error)),
    );
  };
  return (
    <section class="section" aria-labelledby="sites-title" data-testid="sites-section">
      <h2 id="sites-title" class="section__title">
        {t('sites_legend')}
      </h2>
      <p class="field__help">{t('sites_intro')}</p>
      <h3 class="sites__heading">{t('sites_presetsHeading')}</h3>
      <PresetList />
      <h3 class="sites__heading">{t('sites_addedHeading')}</h3>
      {sites && <AddedSiteList sites={sites} blocked={blocked} onAllow={allow} onRemove={remove} />}
      {sites && <AddSiteForm storage={storage} access={access} sites={sites} announce={setNotice} />}
      <p class="save-bar__status" role="status" data-testid="sites-status">
        {notice}
      </p>
    </section>
  );
}

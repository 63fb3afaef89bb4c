import { t } from '../platform/i18n.ts';
import { PRESETS, siteLabel } from '../shared/sites.ts';

export function PresetList() {
  return (
    <ul class="sites__list" data-testid="preset-sites">
      {PRESETS.map((preset) => (
        <li key={preset.id} class="sites__item">
          <span class="sites__name">{t(`sites_preset_${preset.id}`)}</span>
          <span class="sites__patterns">{preset.patterns.map(siteLabel).join(', ')}</span>
        </li>
      ))}
    </ul>
  );
}

interface AddedSiteListProps {
  sites: readonly string[];
  blocked: ReadonlySet<string>;
  onAllow: (site: string) => void;
  onRemove: (site: string) => void;
}

export function AddedSiteList({ sites, blocked, onAllow, onRemove }: AddedSiteListProps) {
  if (sites.length === 0) return <p class="field__help">{t('sites_none')}</p>;
  return (
    <ul class="sites__list" data-testid="added-sites">
      {sites.map((site) => (
        <li key={site} class="sites__item" data-site={site}>
          <span class="sites__name">{siteLabel(site)}</span>
          {blocked.has(site) && <span class="field__error">{t('sites_notAllowed')}</span>}
          <span class="sites__actions">
            {blocked.has(site) && (
              <button type="button" class="button" aria-label={t('sites_allowLabel', siteLabel(site))} onClick={() => onAllow(site)}>
                {t('sites_allow')}
              </button>
            )}
            <button type="button" class="button" aria-label={t('sites_removeLabel', siteLabel(site))} onClick={() => onRemove(site)}>
              {t('sites_remove')}
            </button>
          </span>
        </li>
      ))}
    </ul>
  );
}

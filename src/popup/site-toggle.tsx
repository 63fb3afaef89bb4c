// "Enable on this site" / "Disable on this site" for the tab the popup was opened on (issue 3,
// point 5). Hidden where it cannot change anything: the built-in presets are always on, and
// pages that are not http(s) never run the content script.
import { useState } from 'preact/hooks';
import { t } from '../platform/i18n.ts';
import { siteLabel, siteStatus } from '../shared/sites.ts';
import './site-toggle.css';

export interface SiteToggleProps {
  /** The active tab's URL; undefined until known, or when Chrome does not reveal it. */
  url: string | undefined;
  sites: readonly string[];
  /** Must ask for the permission before its first await: Chrome prompts only during the click. */
  enable: (pattern: string) => Promise<boolean>;
  disable: (patterns: readonly string[]) => Promise<void>;
}

export function SiteToggle({ url, sites, enable, disable }: SiteToggleProps) {
  const [notice, setNotice] = useState('');
  const status = siteStatus(url, sites);
  if (status.kind === 'unsupported' || status.kind === 'preset') return null;
  const report = (action: Promise<string>): void => {
    action.then(setNotice, (error: unknown) => setNotice(t('sites_failed', error instanceof Error ? error.message : String(error))));
  };
  const isOn = status.kind === 'on';
  const onClick = (): void => {
    if (status.kind === 'on') report(disable(status.via).then(() => t('sites_disabled')));
    else report(enable(status.pattern).then((granted) => t(granted ? 'sites_enabled' : 'sites_denied')));
  };
  return (
    <section class="site-toggle" data-testid="site-toggle" data-site-state={status.kind}>
      <p class="site-toggle__text">
        {isOn ? t('sites_onHere', status.via.map(siteLabel).join(', ')) : t('sites_offHere', siteLabel(status.pattern))}
      </p>
      <button type="button" class="button" data-testid={isOn ? 'site-disable' : 'site-enable'} onClick={onClick}>
        {t(isOn ? 'sites_disable' : 'sites_enable')}
      </button>
      <p class="site-toggle__notice" role="status">
        {notice}
      </p>
    </section>
  );
}

// Adding a site: validated as the agent types, then Chrome's permission prompt, then saved only
// if the agent allowed it (issue 3, point 5). A form of its own: Enter adds the site, and it must
// not submit the settings form.
import { useState } from 'preact/hooks';
import { t } from '../platform/i18n.ts';
import { enableSite, type SiteAccess } from '../shared/sites-store.ts';
import type { StorageArea } from '../shared/storage-item.ts';
import { checkNewSite, siteLabel } from '../shared/sites.ts';
import { TextField } from './form-fields.tsx';
import { describeFailure, describeSiteProblem } from './site-messages.ts';

interface AddSiteFormProps {
  storage: StorageArea;
  access: SiteAccess;
  sites: readonly string[];
  announce: (message: string) => void;
}

export function AddSiteForm({ storage, access, sites, announce }: AddSiteFormProps) {
  const [text, setText] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const check = checkNewSite(text, sites);
  // An empty field is only a mistake once the agent tries to add it.
  const showProblem = !check.ok && (submitted || check.problem !== 'empty');
  const onSubmit = (event: Event): void => {
    event.preventDefault();
    setSubmitted(true);
    if (!check.ok) return;
    // No await before this call: the permission prompt needs the submit's user gesture.
    enableSite(storage, access, check.pattern).then(
      (granted) => {
        if (granted) {
          setText('');
          setSubmitted(false);
        }
        announce(granted ? t('sites_added', siteLabel(check.pattern)) : t('sites_denied'));
      },
      (error: unknown) => announce(describeFailure(error)),
    );
  };
  return (
    <form class="sites__add" noValidate onSubmit={onSubmit} data-testid="add-site-form">
      <TextField
        label={t('sites_addLabel')}
        help={check.ok ? `${t('sites_addHelp')} ${t('sites_willAdd', check.pattern)}` : t('sites_addHelp')}
        error={showProblem && !check.ok ? describeSiteProblem(check) : undefined}
        autocomplete="off"
        value={text}
        onValue={(value) => {
          setText(value);
          setSubmitted(false);
        }}
      />
      <button type="submit" class="button button--primary" data-testid="add-site">
        {t('sites_add')}
      </button>
    </form>
  );
}

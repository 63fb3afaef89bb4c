import { t, uiLocale } from '../platform/i18n.ts';
import { countryOptions } from './countries.ts';
import { CheckboxField, SelectField, TextField } from './fields.tsx';
import type { SectionProps } from './section-props.ts';

export function CallingSection({ draft, errors, edit }: SectionProps) {
  return (
    <fieldset class="section">
      <legend class="section__title">{t('options_callingLegend')}</legend>
      <TextField
        label={t('options_displayName')}
        help={t('options_displayNameHelp')}
        error={errors.displayName}
        autocomplete="name"
        value={draft.displayName}
        onValue={(displayName) => edit({ displayName })}
      />
      <SelectField
        label={t('options_defaultCountry')}
        help={t('options_defaultCountryHelp')}
        error={errors.defaultCountry}
        value={draft.defaultCountry}
        options={countryOptions(uiLocale(), draft.defaultCountry)}
        onValue={(defaultCountry) => edit({ defaultCountry })}
      />
      <TextField
        label={t('options_callerId')}
        help={t('options_callerIdHelp')}
        error={errors.callerId}
        inputMode="tel"
        autocomplete="off"
        value={draft.callerId}
        onValue={(callerId) => edit({ callerId })}
      />
    </fieldset>
  );
}

export function TransfersSection({ draft, edit }: SectionProps) {
  return (
    <fieldset class="section">
      <legend class="section__title">{t('options_transfersLegend')}</legend>
      <CheckboxField
        label={t('options_hangUp')}
        checked={draft.hangUpAfterTransfer}
        onChecked={(hangUpAfterTransfer) => edit({ hangUpAfterTransfer })}
      />
      <CheckboxField
        label={t('options_noForwarding')}
        help={t('options_noForwardingHelp')}
        checked={draft.disableForwardingAndUnanswered}
        onChecked={(disableForwardingAndUnanswered) => edit({ disableForwardingAndUnanswered })}
      />
      <CheckboxField
        label={t('options_confirmPageCalls')}
        checked={draft.confirmPageCalls}
        onChecked={(confirmPageCalls) => edit({ confirmPageCalls })}
      />
    </fieldset>
  );
}

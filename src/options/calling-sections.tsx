import { t, uiLocale } from '../platform/i18n.ts';
import { countryOptions } from './countries.ts';
import { CheckboxField, SelectField, TextField } from './form-fields.tsx';
import type { SectionProps } from './section-props.ts';

export function CallingSection({ draft, errors, edit, lockedBy }: SectionProps) {
  return (
    <fieldset class="section">
      <legend class="section__title">{t('options_callingLegend')}</legend>
      <TextField
        label={t('options_displayName')}
        help={t('options_displayNameHelp')}
        error={errors.displayName}
        lockedBy={lockedBy('displayName')}
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
        lockedBy={lockedBy('callerId')}
        inputMode="tel"
        autocomplete="off"
        value={draft.callerId}
        onValue={(callerId) => edit({ callerId })}
      />
    </fieldset>
  );
}

export function TransfersSection({ draft, edit, lockedBy }: SectionProps) {
  return (
    <fieldset class="section">
      <legend class="section__title">{t('options_transfersLegend')}</legend>
      <CheckboxField
        label={t('options_hangUp')}
        checked={draft.hangUpAfterTransfer}
        lockedBy={lockedBy('hangUpAfterTransfer')}
        onChecked={(hangUpAfterTransfer) => edit({ hangUpAfterTransfer })}
      />
      <CheckboxField
        label={t('options_noForwarding')}
        help={t('options_noForwardingHelp')}
        checked={draft.disableForwardingAndUnanswered}
        lockedBy={lockedBy('disableForwardingAndUnanswered')}
        onChecked={(disableForwardingAndUnanswered) => edit({ disableForwardingAndUnanswered })}
      />
      <CheckboxField
        label={t('options_confirmPageCalls')}
        checked={draft.confirmPageCalls}
        lockedBy={lockedBy('confirmPageCalls')}
        onChecked={(confirmPageCalls) => edit({ confirmPageCalls })}
      />
    </fieldset>
  );
}

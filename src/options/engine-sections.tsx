import type { Settings } from '../shared/settings.ts';
import { t } from '../platform/i18n.ts';
import { CheckboxField, LockedNote, RadioOption, TextField } from './form-fields.tsx';
import type { SectionProps } from './section-props.ts';

const ENGINES = ['simulated', 'acs'] as const satisfies readonly Settings['engine'][];

export function EngineSection({ draft, errors, edit, lockedBy }: SectionProps) {
  return (
    <fieldset class="section">
      <legend class="section__title">{t('options_engineLegend')}</legend>
      <LockedNote lockedBy={lockedBy('engine')} />
      {ENGINES.map((engine) => (
        <RadioOption
          key={engine}
          name="engine"
          label={t(`options_engine_${engine}`)}
          checked={draft.engine === engine}
          locked={lockedBy('engine') !== undefined}
          onSelect={() => edit({ engine })}
        />
      ))}
      {draft.engine === 'acs' && (
        <>
          <p class="note" data-testid="acs-note">
            {t('options_acsNote')}
          </p>
          <TextField
            label={t('options_callingHostUrl')}
            help={t('options_callingHostUrlHelp')}
            error={errors.callingHostUrl}
            lockedBy={lockedBy('callingHostUrl')}
            inputMode="url"
            autocomplete="url"
            value={draft.callingHostUrl}
            onValue={(callingHostUrl) => edit({ callingHostUrl: callingHostUrl.trim() })}
          />
        </>
      )}
    </fieldset>
  );
}

export function SimulatorSection({ draft, errors, edit }: SectionProps) {
  return (
    <fieldset class="section">
      <legend class="section__title">{t('options_simulatorLegend')}</legend>
      <TextField
        label={t('options_timeScale')}
        help={t('options_timeScaleHelp')}
        error={errors.simulatorTimeScale}
        inputMode="decimal"
        autocomplete="off"
        value={draft.simulatorTimeScale}
        onValue={(simulatorTimeScale) => edit({ simulatorTimeScale })}
      />
      <CheckboxField
        label={t('options_demoCall')}
        checked={draft.simulatorDemoCall}
        onChecked={(simulatorDemoCall) => edit({ simulatorDemoCall })}
      />
    </fieldset>
  );
}

import { t, type MessageKey } from '../platform/i18n.ts';
import type { MicrophoneKind, MicrophoneStatus } from './microphone.ts';
import { MICROPHONE_SETTINGS_URL } from '../shared/extension-pages.ts';
import { useMicrophone, type MicrophoneAccess } from './use-microphone.ts';

export interface OnboardingPageProps {
  microphone: MicrophoneAccess;
  openMicrophoneSettings: () => void;
}

/** What each status says, and the button that moves on from it, if any does. */
const WORDS: Record<MicrophoneKind, { text: MessageKey; action?: MessageKey }> = {
  unasked: { text: 'onboarding_micUnasked', action: 'onboarding_micAsk' },
  asking: { text: 'onboarding_micAsking' },
  granted: { text: 'onboarding_micGranted' },
  denied: { text: 'onboarding_micDenied', action: 'onboarding_micTryAgain' },
  dismissed: { text: 'onboarding_micDismissed', action: 'onboarding_micAskAgain' },
  noDevice: { text: 'onboarding_micNoDevice', action: 'onboarding_micTryAgain' },
  failed: { text: 'onboarding_micFailed', action: 'onboarding_micTryAgain' },
};

interface MicrophoneStepProps {
  status: MicrophoneStatus;
  ask: () => Promise<void>;
  openSettings: () => void;
}

function MicrophoneStep({ status, ask, openSettings }: MicrophoneStepProps) {
  const words = WORDS[status.kind];
  return (
    <div class="microphone" data-testid="microphone" data-status={status.kind}>
      <p class="microphone__status" role="status">
        {status.kind === 'failed' ? t(words.text, status.message) : t(words.text)}
      </p>
      {status.kind === 'denied' && (
        <>
          <p data-testid="microphone-fix">{t('onboarding_micDeniedFix', MICROPHONE_SETTINGS_URL)}</p>
          <button type="button" class="button" data-testid="open-microphone-settings" onClick={openSettings}>
            {t('onboarding_openMicSettings')}
          </button>
        </>
      )}
      {words.action && (
        <button type="button" class="button button--primary" data-testid="ask-microphone" onClick={() => void ask()}>
          {t(words.action)}
        </button>
      )}
    </div>
  );
}

/** The first page an agent sees: what the extension does, the microphone grant, the way on to the settings. */
export function OnboardingPage({ microphone, openMicrophoneSettings }: OnboardingPageProps) {
  const { status, ask } = useMicrophone(microphone);
  return (
    <main class="onboarding">
      <h1 class="onboarding__title">{t('onboarding_title')}</h1>
      <p>{t('onboarding_intro')}</p>
      <section class="section" aria-labelledby="microphone-heading">
        <h2 id="microphone-heading" class="section__title">
          {t('onboarding_micHeading')}
        </h2>
        <p class="section__text">{t('onboarding_micWhy')}</p>
        <MicrophoneStep status={status} ask={ask} openSettings={openMicrophoneSettings} />
      </section>
      <p>
        {t('onboarding_next')}{' '}
        <a href="../options/index.html" data-testid="open-options">
          {t('onboarding_openOptions')}
        </a>
      </p>
    </main>
  );
}

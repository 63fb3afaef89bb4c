// The onboarding page's edge: the only place that touches the browser. Opened by the worker on
// install, and from the options page and the popup when the microphone is blocked.
import { render } from 'preact';
import { browser } from '../platform/browser.ts';
import { t, uiLocale } from '../platform/i18n.ts';
import { askForMicrophone } from './microphone.ts';
import { OnboardingPage } from './onboarding-page.tsx';
import { MICROPHONE_SETTINGS_URL } from '../shared/extension-pages.ts';
import type { MicrophoneAccess } from './use-microphone.ts';
import './onboarding.css';

const microphone: MicrophoneAccess = {
  // A browser without the 'microphone' permission name rejects: the page then starts from "not asked".
  query: () => navigator.permissions.query({ name: 'microphone' }).catch(() => undefined),
  ask: () => askForMicrophone(navigator.mediaDevices),
};

function openMicrophoneSettings(): void {
  void browser.tabs.create({ url: MICROPHONE_SETTINGS_URL });
}

document.documentElement.lang = uiLocale();
document.title = t('onboarding_title');
const root = document.getElementById('app');
if (root) render(<OnboardingPage microphone={microphone} openMicrophoneSettings={openMicrophoneSettings} />, root);

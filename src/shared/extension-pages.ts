// Where the onboarding page lives in the built extension, and the Chrome page that undoes a
// microphone block. Kept free of browser imports: the worker and the views both use them.

export const ONBOARDING_PATH = 'src/onboarding/index.html';

/** Pages cannot link to chrome:// addresses; the extension opens this one with tabs.create. */
export const MICROPHONE_SETTINGS_URL = 'chrome://settings/content/microphone';

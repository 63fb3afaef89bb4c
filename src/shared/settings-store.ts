// Settings in storage.local under SETTINGS_KEY (docs/design.md: one versioned, schema-checked key).
// The storage area is passed in, so the options page and popup test without chrome.*.
import { readSettings, SETTINGS_KEY, type Settings } from './settings.ts';

type ChangeListener = (changes: { [key: string]: { newValue?: unknown } }) => void;

/** The part of a chrome.storage area that settings need. */
export interface SettingsStorage {
  get(key: string): Promise<{ [key: string]: unknown }>;
  set(items: { [key: string]: unknown }): Promise<void>;
  onChanged: {
    addListener(listener: ChangeListener): void;
    removeListener(listener: ChangeListener): void;
  };
}

export async function loadSettings(storage: SettingsStorage): Promise<Settings> {
  const stored = await storage.get(SETTINGS_KEY);
  return readSettings(stored[SETTINGS_KEY]);
}

export function saveSettings(storage: SettingsStorage, settings: Settings): Promise<void> {
  return storage.set({ [SETTINGS_KEY]: settings });
}

/** Calls `onSettings` with the stored settings and again after every change; returns a stop function. */
export function followSettings(storage: SettingsStorage, onSettings: (settings: Settings) => void): () => void {
  const onChanged: ChangeListener = (changes) => {
    const change = changes[SETTINGS_KEY];
    if (change) onSettings(readSettings(change.newValue));
  };
  storage.onChanged.addListener(onChanged);
  void loadSettings(storage).then(onSettings);
  return () => storage.onChanged.removeListener(onChanged);
}

// Settings in storage.local under SETTINGS_KEY (docs/design.md: one versioned, schema-checked key).
// The storage area is passed in, so the options page and popup test without chrome.*.
import { SETTINGS_ITEM, type Settings } from './settings.ts';
import { storageItem, watchItem, type StorageArea } from './storage-item.ts';

export function loadSettings(storage: StorageArea): Promise<Settings> {
  return storageItem(storage, SETTINGS_ITEM).get();
}

export function saveSettings(storage: StorageArea, settings: Settings): Promise<void> {
  return storageItem(storage, SETTINGS_ITEM).set(settings);
}

/** Calls `onSettings` with the stored settings and again after every change; returns a stop function. */
export function followSettings(storage: StorageArea, onSettings: (settings: Settings) => void): () => void {
  return watchItem(storage, SETTINGS_ITEM, onSettings);
}

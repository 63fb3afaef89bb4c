// The managed storage area (storage.managed, set by Chrome policy) for every context that reads
// settings: passed in, so views test without chrome.*. Read-only: only an admin writes it.
import { NO_MANAGED, readManaged, type ManagedConfig } from './managed.ts';

type ChangeListener = (changes: { [key: string]: unknown }, area: string) => void;

export interface ManagedStorage {
  get(keys: null): Promise<{ [key: string]: unknown }>;
}

export interface StorageEvents {
  onChanged: {
    addListener(listener: ChangeListener): void;
    removeListener(listener: ChangeListener): void;
  };
}

/** No managed storage (a browser without policy support) is no policy. */
export async function loadManaged(area: ManagedStorage): Promise<ManagedConfig> {
  try {
    return readManaged(await area.get(null));
  } catch {
    return NO_MANAGED;
  }
}

/** Calls `onManaged` with the policy and again after every change of it; returns a stop function. */
export function followManaged(area: ManagedStorage, events: StorageEvents, onManaged: (managed: ManagedConfig) => void): () => void {
  const onChanged: ChangeListener = (_changes, name) => {
    if (name === 'managed') void loadManaged(area).then(onManaged);
  };
  events.onChanged.addListener(onChanged);
  void loadManaged(area).then(onManaged);
  return () => events.onChanged.removeListener(onChanged);
}

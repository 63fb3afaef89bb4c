// Snapshots cross postMessage, chrome.runtime messaging and storage.session: plain JSON data only,
// frozen so no holder can change what another already saw (docs/design.md, Contracts).

/** A copy without the keys whose value is undefined, which JSON would drop anyway. */
export function definedOnly<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}

export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  for (const entry of Object.values(value)) deepFreeze(entry);
  return Object.freeze(value);
}

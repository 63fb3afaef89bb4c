// Call details in a diagnostics report (docs/design.md, Security model): who the agent talked to —
// numbers, names, the ids of the parties — goes to support only when the agent ticks "include call
// details" for that one report. Otherwise every party field of the snapshot is replaced, and in all
// text (log lines, error messages) the values those fields held and anything shaped like a phone
// number or a phone raw id are replaced too. The agent's own id (`self`) stays: support needs it.

export const CALL_DETAIL = '[call detail]';

/** Fields of the engine snapshot that name a party or a transfer target. */
const PARTY_FIELDS = new Set(['rawId', 'displayName', 'target']);

// "+14255550123", "4:+14255550123", "4:14255550123": E.164 has at most 15 digits.
const PHONE = /(?:\b4:\+?|\+)\d{6,15}\b/g;

/** Every party value in a snapshot, longest first, so that "Ana Lopez" goes before "Ana". */
function partyValues(value: unknown, found = new Set<string>(), depth = 0): Set<string> {
  if (typeof value !== 'object' || value === null || depth > 20) return found;
  for (const [key, entry] of Object.entries(value)) {
    if (PARTY_FIELDS.has(key) && typeof entry === 'string' && entry.trim().length > 1) found.add(entry);
    else partyValues(entry, found, depth + 1);
  }
  return found;
}

function scrubText(text: string, values: readonly string[]): string {
  const named = values.reduce((scrubbed, value) => scrubbed.split(value).join(CALL_DETAIL), text);
  return named.replace(PHONE, CALL_DETAIL);
}

function scrubValue(value: unknown, values: readonly string[], depth: number): unknown {
  if (typeof value === 'string') return scrubText(value, values);
  if (typeof value !== 'object' || value === null || depth > 20) return value;
  if (Array.isArray(value)) return value.map((item) => scrubValue(item, values, depth + 1));
  const copy: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) {
    copy[key] = PARTY_FIELDS.has(key) && typeof entry === 'string' ? CALL_DETAIL : scrubValue(entry, values, depth + 1);
  }
  return copy;
}

/**
 * A copy of `report` without the call details of `snapshot` (its party fields, and their values
 * wherever they appear in text) and without phone numbers anywhere.
 */
export function withoutCallDetails(report: unknown, snapshot: unknown): unknown {
  const values = [...partyValues(snapshot)].sort((a, b) => b.length - a.length);
  return scrubValue(report, values, 0);
}

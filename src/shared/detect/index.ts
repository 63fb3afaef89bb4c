// Target detection in text and links: pure, shared by the content script, the context menu and
// the popup. This first version finds E.164 numbers written with a leading + (spaces or dashes
// between digit groups allowed), ACS/Teams raw ids, and tel:/callto:/sip: links.
import { classifyRawId, phoneRawId } from '../raw-id.ts';
import { toE164, displayTarget } from '../phone.ts';

export interface TextTarget {
  /** Offsets into the scanned text, end exclusive. */
  start: number;
  end: number;
  rawId: string;
  /** How the target reads in the UI. */
  display: string;
  /** A phone extension written after the number (x123, ext. 45): shown, never dialled. */
  extension?: string;
}

export interface DetectOptions {
  /** ISO 3166 alpha-2 country for national-format numbers; undefined means international only. */
  defaultCountry?: string;
}

const E164_TEXT = /(?<![\w+])\+[1-9](?:[ -]?\d){6,14}(?![\w-])/g;
const RAW_ID_TEXT = /(?<![\w:])(?:4:\+[1-9]\d{6,14}|8:(?:acs|dod-acs|gcch-acs|spool|teamsvisitor):[0-9A-Za-z_-]+|8:(?:orgid|dod|gcch):[0-9a-fA-F-]{36}|28:(?:orgid|dod|gcch):[0-9a-fA-F-]{36})(?![\w-])/g;

/** Cheap test before any parsing: can this text contain a target at all? */
export function mayContainTarget(text: string): boolean {
  return text.includes('+') || text.includes(':');
}

export function findTargetsInText(text: string, _options: DetectOptions = {}): TextTarget[] {
  if (!mayContainTarget(text)) return [];
  const found: TextTarget[] = [];
  for (const match of text.matchAll(RAW_ID_TEXT)) {
    if (classifyRawId(match[0])) found.push(target(match.index, match[0], match[0]));
  }
  for (const match of text.matchAll(E164_TEXT)) {
    const e164 = toE164(match[0]);
    if (e164 && !overlaps(found, match.index)) found.push(target(match.index, match[0], phoneRawId(e164)));
  }
  return found.sort((a, b) => a.start - b.start);
}

function target(start: number, text: string, rawId: string): TextTarget {
  return { start, end: start + text.length, rawId, display: displayTarget(rawId) };
}

function overlaps(found: readonly TextTarget[], index: number): boolean {
  return found.some((t) => index >= t.start && index < t.end);
}

/** The target of a tel:, callto: or sip: link, or undefined. */
export function targetFromHref(href: string, options: DetectOptions = {}): string | undefined {
  const match = /^(tel|callto|sip):([^?;]*)/i.exec(href.trim());
  if (!match) return undefined;
  const scheme = (match[1] ?? '').toLowerCase();
  const value = match[2] ?? '';
  const number = scheme === 'sip' ? value.split('@')[0] ?? '' : value;
  if (scheme === 'sip' && !number.startsWith('+')) return undefined;
  const e164 = toE164(number, options.defaultCountry as Parameters<typeof toE164>[1]);
  return e164 ? phoneRawId(e164) : undefined;
}

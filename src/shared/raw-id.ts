// Classifies ACS raw ids the way @azure/communication-common's createIdentifierFromRawId does
// (docs/acs-sdk.md §12), without importing it: content scripts and the popup must stay small.

export type Cloud = 'public' | 'dod' | 'gcch';

export type RawIdKind =
  | { kind: 'phoneNumber'; e164: string }
  | { kind: 'communicationUser'; cloud: Cloud }
  | { kind: 'microsoftTeamsUser'; cloud: Cloud; isAnonymous: boolean }
  | { kind: 'microsoftTeamsApp'; cloud: Cloud };

const E164 = /^\+[1-9]\d{6,14}$/;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ACS_SUFFIX = /^[0-9A-Za-z_-]{1,256}$/;
const TEAMS_VISITOR_SUFFIX = /^[0-9A-Za-z_-]{1,256}$/;

const ACS_PREFIXES: Record<string, Cloud> = { acs: 'public', 'dod-acs': 'dod', 'gcch-acs': 'gcch', spool: 'public' };
const TEAMS_USER_PREFIXES: Record<string, Cloud> = { orgid: 'public', dod: 'dod', gcch: 'gcch' };
const TEAMS_APP_PREFIXES: Record<string, Cloud> = { orgid: 'public', dod: 'dod', gcch: 'gcch' };

/** Returns what a raw id identifies, or undefined when it is not a target we can call or transfer to. */
export function classifyRawId(rawId: string): RawIdKind | undefined {
  if (rawId.startsWith('4:')) {
    const e164 = rawId.slice(2);
    return E164.test(e164) ? { kind: 'phoneNumber', e164 } : undefined;
  }
  const parts = rawId.split(':');
  if (parts.length !== 3) return undefined;
  const [type, prefix = '', suffix = ''] = parts;
  if (type === '8') return classifyUser(prefix, suffix);
  if (type === '28') {
    const cloud = TEAMS_APP_PREFIXES[prefix];
    return cloud && GUID.test(suffix) ? { kind: 'microsoftTeamsApp', cloud } : undefined;
  }
  return undefined;
}

function classifyUser(prefix: string, suffix: string): RawIdKind | undefined {
  const acsCloud = ACS_PREFIXES[prefix];
  if (acsCloud) return ACS_SUFFIX.test(suffix) ? { kind: 'communicationUser', cloud: acsCloud } : undefined;
  if (prefix === 'teamsvisitor') {
    return TEAMS_VISITOR_SUFFIX.test(suffix)
      ? { kind: 'microsoftTeamsUser', cloud: 'public', isAnonymous: true }
      : undefined;
  }
  const teamsCloud = TEAMS_USER_PREFIXES[prefix];
  return teamsCloud && GUID.test(suffix)
    ? { kind: 'microsoftTeamsUser', cloud: teamsCloud, isAnonymous: false }
    : undefined;
}

export function isValidRawId(rawId: string): boolean {
  return classifyRawId(rawId) !== undefined;
}

/** Voicemail transfer takes a (non-anonymous) Teams user only (docs/acs-sdk.md §7). */
export function canReceiveVoicemail(rawId: string): boolean {
  const kind = classifyRawId(rawId);
  return kind?.kind === 'microsoftTeamsUser' && !kind.isAnonymous;
}

export function phoneRawId(e164: string): string {
  return `4:${e164}`;
}

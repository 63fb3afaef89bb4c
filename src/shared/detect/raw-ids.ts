// ACS raw ids written in text (docs/acs-sdk.md §12). The pattern only finds candidates;
// classifyRawId decides, exactly as for ids an agent types.
import { classifyRawId } from '../raw-id.ts';
import { displayTarget } from '../phone.ts';
import { spansOf } from './spans.ts';
import type { TextTarget } from './text-target.ts';

const GUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const RAW_ID_FORMS = [
  '4:\\+[1-9]\\d{6,14}',
  '8:(?:acs|dod-acs|gcch-acs|spool|teamsvisitor):[0-9A-Za-z_\\-]+',
  `(?:8|28):(?:orgid|dod|gcch):${GUID}`,
].join('|');
// Not part of a longer token: a URL path or query ("/agents/8:acs:…", "?id=8:orgid:…"), another
// id ("x8:acs:…", "128:orgid:…") or a longer id ("8:acs:a:b" has four segments and is unknown).
const RAW_ID = new RegExp(
  `(?<![\\p{L}\\p{N}_:/.@=?&#%+\\-])(?:${RAW_ID_FORMS})(?![\\p{L}\\p{N}_:\\-])`,
  'gu',
);
const RAW_ID_HEAD = /\d:[+a-z]/i;

export function findRawIdsInText(text: string): TextTarget[] {
  if (!RAW_ID_HEAD.test(text)) return [];
  return spansOf(RAW_ID, text)
    .map(([start, end]) => ({ start, end, rawId: text.slice(start, end) }))
    .filter(({ rawId }) => classifyRawId(rawId) !== undefined)
    .map((target) => ({ ...target, display: displayTarget(target.rawId) }));
}

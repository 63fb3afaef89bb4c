// The host page's configuration, served beside it as host-config.json by whoever hosts the page.
// It is not read from the page's URL: the embedder writes the URL, and the list of extensions
// allowed to drive calls must not be up to the embedder.
import * as v from 'valibot';
import { describeIssues } from '../shared/protocol.ts';
import { EXTENSION_ID } from '../shared/bridge-protocol.ts';

const HostConfigSchema = v.strictObject({
  /** Ids of the extensions that may embed this page and drive its calls. */
  extensionIds: v.pipe(v.array(v.pipe(v.string(), v.regex(EXTENSION_ID, 'not a Chrome extension id'))), v.minLength(1), v.maxLength(20)),
  /** The token endpoint, absolute or relative to the page. */
  tokenUrl: v.pipe(v.string(), v.minLength(1), v.maxLength(2000)),
});

export interface HostConfig {
  extensionIds: string[];
  tokenUrl: string;
}

export async function loadHostConfig(url: URL, fetchImpl: typeof fetch = fetch): Promise<HostConfig> {
  const response = await fetchImpl(url, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${url.href} answered HTTP ${response.status}.`);
  const parsed = v.safeParse(HostConfigSchema, await response.json().catch(() => undefined));
  if (!parsed.success) throw new Error(`${url.href} is not a valid host configuration: ${describeIssues(parsed.issues)}`);
  return { extensionIds: parsed.output.extensionIds, tokenUrl: new URL(parsed.output.tokenUrl, url).href };
}

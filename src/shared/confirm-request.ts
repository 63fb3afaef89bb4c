// The call a page asked for, as the worker hands it to the confirmation window in its address.
// Kept free of browser imports: the worker builds the address, the window parses it.
import * as v from 'valibot';
import { RawIdSchema } from './schemas.ts';

export const CONFIRM_PATH = 'src/confirm/index.html';

/** The page's host, as the browser reported the sender; shown to the agent, never acted on. */
const SiteSchema = v.pipe(v.string(), v.maxLength(255), v.regex(/^[a-z0-9.-]+(:\d{1,5})?$/i));
const CallRequestSchema = v.strictObject({ target: RawIdSchema, site: SiteSchema });
export type CallRequest = v.InferOutput<typeof CallRequestSchema>;

export function confirmAddress(page: string, request: CallRequest): string {
  const url = new URL(page);
  url.search = new URLSearchParams(request).toString();
  return url.href;
}

/** The request in the window's own address; undefined when it is not one the worker could have made. */
export function readRequest(search: string): CallRequest | undefined {
  const params = new URLSearchParams(search);
  const parsed = v.safeParse(CallRequestSchema, { target: params.get('target'), site: params.get('site') });
  return parsed.success ? parsed.output : undefined;
}

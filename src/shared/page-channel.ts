// The channel between content scripts and the rest of the extension, in a module of its own: a
// content script's bundle then carries these schemas only, not every channel's
// (test/e2e/bundle-size.test.mjs). The worker's table (protocol.ts, TO_BACKGROUND) takes the page
// requests in as they are; a content script sends them through platform/page-messages.ts.
import * as v from 'valibot';
import { defineChannel, type MessageOf } from './channel.ts';
import { RawIdSchema } from './schemas.ts';

/** Who sent a message to the worker (background/trust.ts tells them apart). */
export type SenderRole = 'extensionPage' | 'offscreen' | 'contentScript' | 'foreign';
export const from = (...roles: SenderRole[]): readonly SenderRole[] => roles;

/** What a page control may ask for: an action on one raw id, never a call id or engine detail. */
export const PageActionSchema = v.picklist(['transfer', 'consult', 'voicemail', 'call']);
export type PageAction = v.InferOutput<typeof PageActionSchema>;

/**
 * What a content script learns: whether its controls transfer or dial, and the country for
 * national-format numbers. Nothing about calls beyond that.
 */
export const PageStateSchema = v.strictObject({
  callActive: v.boolean(),
  transferable: v.boolean(),
  /** ISO 3166 alpha-2, or '' for international numbers only. */
  defaultCountry: v.union([v.literal(''), v.pipe(v.string(), v.regex(/^[A-Z]{2}$/))]),
});
export type PageState = v.InferOutput<typeof PageStateSchema>;

/**
 * What a content script may ask the worker: page actions on a raw id and the page state, nothing
 * else. Entries of the worker's table (TO_BACKGROUND).
 */
export const PAGE_REQUESTS = {
  pageAction: { input: { action: PageActionSchema, target: RawIdSchema }, reply: v.unknown(), from: from('contentScript', 'extensionPage') },
  getPageState: { input: {}, reply: PageStateSchema, from: from('contentScript', 'extensionPage') },
} as const;

/** The page requests as a channel of their own, for a content script's typed sends. */
export const FROM_PAGE = defineChannel('kind', { to: v.literal('background') }, PAGE_REQUESTS);
export type PageRequest = MessageOf<typeof FROM_PAGE>;

/** A content script's answer to listTargets. */
export const TabTargetsSchema = v.pipe(
  v.array(v.strictObject({ rawId: RawIdSchema, display: v.pipe(v.string(), v.maxLength(100)) })),
  v.maxLength(500),
);
export type TabTargets = v.InferOutput<typeof TabTargetsSchema>;

/** Messages a content script accepts, from the worker and the popup. */
export const TO_CONTENT = defineChannel('kind', { to: v.literal('content') }, {
  /** Pushed by the worker; not answered. */
  pageState: { input: { state: PageStateSchema }, reply: v.undefined() },
  /** From the popup: which targets this frame shows, to offer them in the transfer panel. */
  listTargets: { input: {}, reply: TabTargetsSchema },
  /** From the worker, before a page action of this frame: does one of its controls show `rawId`? */
  showsTarget: { input: { rawId: RawIdSchema }, reply: v.boolean() },
});
export const ToContentSchema = TO_CONTENT.schema;
export type ToContent = MessageOf<typeof TO_CONTENT>;

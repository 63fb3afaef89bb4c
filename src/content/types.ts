// The seams between the DOM logic and the extension: everything the content script needs from
// `browser.*` arrives through these, so the DOM modules test with plain functions.
import type { MessageKey } from '../platform/i18n.ts';
import type { TextTarget } from '../shared/detect/index.ts';
import type { Reply, ToBackground } from '../shared/protocol.ts';

export type ContentMessageKey = Extract<MessageKey, `content_${string}`>;

export interface ContentPort {
  send(message: ToBackground): Promise<Reply>;
  label(key: ContentMessageKey, substitution?: string): string;
}

/** One target as a control shows it: what to dial and how it reads. */
export type Target = Pick<TextTarget, 'rawId' | 'display' | 'extension'>;

/** What the page may decorate: a text node, or a tel:/callto:/sip: link. */
export type Source = Text | HTMLAnchorElement;

export interface Placement {
  /** False under display:none (or content-visibility:hidden): nothing to decorate yet. */
  rendered: boolean;
  inViewport: boolean;
}

/** Layout reads, injectable because happy-dom has no layout. */
export interface Layout {
  /** Reads only; called once per slice for every candidate, before any write. */
  measure(elements: readonly Element[]): Placement[];
  /** Reports the element once it may have become rendered. */
  watchRendered(element: Element): void;
  disconnect(): void;
}

/** Runs `slice` when the page is idle; `hasTime` turns false when the slice budget is spent. */
export type ScheduleSlice = (slice: (hasTime: () => boolean) => void) => () => void;

/** The window of the scanned document, with its constructors (a frame has its own). */
export type View = Window & typeof globalThis;

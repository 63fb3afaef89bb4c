// The seams between the DOM logic and the extension: everything the content script needs from
// `browser.*` arrives through these, so the DOM modules test with plain functions.
import type { MessageKey } from '../platform/i18n.ts';
import type { TextTarget } from '../shared/detect/index.ts';
import type { PageRequest } from '../shared/page-channel.ts';
import type { Reply } from '../shared/reply.ts';
import type { RunRoot } from './runs.ts';

export type ContentMessageKey = Extract<MessageKey, `content_${string}`>;

export interface ContentPort {
  send(message: PageRequest): Promise<Reply>;
  label(key: ContentMessageKey, substitution?: string): string;
}

/** One target as a control shows it: what to dial and how it reads. */
export type Target = Pick<TextTarget, 'rawId' | 'display' | 'extension'>;

/**
 * What the page may decorate: the text of an inline run, named by its root (runs.ts), a
 * tel:/callto:/sip: link, or a form field's value.
 */
export type Source = RunRoot | LinkOrField;

/** A tel:/callto:/sip: link or a form field: each is a source of its own. */
export type LinkOrField = HTMLAnchorElement | HTMLInputElement;

/**
 * Where candidates stand, learnt from IntersectionObservers rather than layout reads, so finding
 * targets never forces a layout (issue 3, point 8). Injectable because happy-dom has no layout.
 */
export interface Layout {
  /**
   * Reports `element` once it is rendered, as near (within about a viewport of the visible area)
   * or not yet; one reported not near is reported again when it comes near.
   */
  watch(element: Element): void;
  unwatch(element: Element): void;
  /**
   * Reports once which of `elements` have no box (display:none and the like), from the next
   * frame's own layout: asking at once would force the page's style for the whole document.
   */
  findUnrendered(elements: readonly Element[], report: (unrendered: Element[]) => void): void;
  /** Which elements are in the viewport now: layout reads, for the popup's occasional request only. */
  inViewport(elements: readonly Element[]): boolean[];
  disconnect(): void;
}

/** How a Layout reports: `near` is false for a rendered element that is farther away. */
export type Placed = (element: Element, near: boolean) => void;

/** Calls back once the next frame is rendered, with how long its rendering took; returns a cancel. */
export type AfterFrame = (rendered: (renderMs: number) => void) => () => void;

/** Runs `slice` later (when idle, or in the next frame); `hasTime` turns false when its budget is spent. */
export type ScheduleSlice = (slice: (hasTime: () => boolean) => void) => () => void;

/** The window of the scanned document, with its constructors (a frame has its own). */
export type View = Window & typeof globalThis;

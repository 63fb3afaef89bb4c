// What a page action from a content script must show before anything is planned (issue 10,
// point 2). A page's renderer may be the attacker, so each test rests on what the browser knows,
// not on what the message says: the sending tab must be the active tab of the focused window, the
// tab may ask only so often, and the frame that sent it must have a control showing that target.
// (A compromised renderer can answer that last question as it likes; the first two, and the
// confirmation of outbound calls, hold against it too.)

export type GateRefusal = 'notActiveTab' | 'tooManyRequests' | 'targetNotShown';

/** Where a page action came from, as the browser reports the sender. */
export interface PageOrigin {
  tabId: number;
  frameId: number;
}

export interface GateDeps {
  /** The active tab of the window that has focus; undefined when no browser window has it. */
  activeTabOfFocusedWindow(): Promise<number | undefined>;
  /** Asks that one frame whether one of its controls shows `rawId`; false when it does not answer. */
  frameShows(origin: PageOrigin, rawId: string): Promise<boolean>;
  limiter: RateLimiter;
}

/** At most LIMIT page actions per tab in any WINDOW_MS: an agent asks for one transfer at a time. */
export const PAGE_ACTION_LIMIT = 3;
export const PAGE_ACTION_WINDOW_MS = 10_000;

/**
 * A sliding window per key. It lives in the worker's memory: a worker stopped after ~30 s idle
 * forgets only requests older than the window anyway.
 */
export class RateLimiter {
  readonly #times = new Map<number, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number,
  ) {}

  /** Counts a request of `key`; false when it is over the limit (a refused request counts too). */
  take(key: number): boolean {
    const now = this.now();
    const recent = (this.#times.get(key) ?? []).filter((time) => now - time < this.windowMs);
    recent.push(now);
    // One more than the limit is all a decision needs, however fast a page asks.
    this.#times.set(key, recent.slice(-(this.limit + 1)));
    return recent.length <= this.limit;
  }
}

export async function admitPageAction(origin: PageOrigin, target: string, deps: GateDeps): Promise<GateRefusal | undefined> {
  if (!deps.limiter.take(origin.tabId)) return 'tooManyRequests';
  if ((await deps.activeTabOfFocusedWindow()) !== origin.tabId) return 'notActiveTab';
  if (!(await deps.frameShows(origin, target))) return 'targetNotShown';
  return undefined;
}

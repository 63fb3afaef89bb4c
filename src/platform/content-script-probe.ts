// Asked of a frame through scripting.executeScript, by the worker (before injecting into added
// sites' open tabs) and by the popup (to ask each frame for its targets).

/**
 * Whether our content script runs in the frame. Runs there, serialised: it may use nothing from
 * its module. A running content script listens on runtime.onMessage (content/port.ts) and stops
 * listening when it stops, so this is true exactly while one is alive.
 */
export function hasContentScript(): boolean {
  return chrome.runtime.onMessage.hasListeners();
}

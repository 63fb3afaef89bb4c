// The selection the agent is looking at, read in the page's frames (issue 10, point 2). Reading
// needs host access to the frame: pressing an extension shortcut or choosing a context-menu item
// grants it for the tab's own origin (activeTab); a cross-origin frame needs the site's permission.

interface FrameSelection {
  text: string;
  /** This frame has focus, so the agent's shortcut was pressed in it. */
  focused: boolean;
  /** The selection has a box in the viewport and an IntersectionObserver v2 sees it unhidden and uncovered. */
  visible: boolean;
}

/**
 * Runs in the frames of the page (CRMs such as Dynamics 365 show records inside iframes), so it is
 * self-contained. A script can select text in a frame it hid, transparent or covered, and focus that
 * frame; only IntersectionObserver v2 sees effects of the frames around it, so that decides.
 */
async function selectionInFrame(): Promise<FrameSelection> {
  const selection = getSelection();
  const text = selection?.toString() ?? '';
  // hasFocus() is true in every frame around the focused one too; a frame holding the focus itself has no frame as its active element.
  const inner = document.activeElement?.tagName;
  const focused = document.hasFocus() && document.visibilityState === 'visible' && !['IFRAME', 'FRAME', 'OBJECT', 'EMBED'].includes(inner ?? '');
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
  const start = range?.startContainer;
  const element = start instanceof Element ? start : start?.parentElement;
  const box = range?.getBoundingClientRect();
  const inViewport = !!box && box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
  if (!element || !inViewport || text.trim() === '') return { text, focused, visible: false };
  const visible = await new Promise<boolean>((resolve) => {
    const init = { trackVisibility: true, delay: 100, threshold: [0] } as IntersectionObserverInit;
    const observer = new IntersectionObserver((entries) => {
      observer.disconnect();
      resolve((entries.at(-1) as { isVisible?: boolean } | undefined)?.isVisible === true);
    }, init);
    observer.observe(element);
    setTimeout(() => {
      observer.disconnect();
      resolve(false);
    }, 1000);
  });
  return { text, focused, visible };
}

/** The focused frame's selection if the agent can see it, else ''; undefined when that frame cannot be read. */
export async function readFocusedSelection(browser: typeof chrome, tabId: number): Promise<string | undefined> {
  try {
    const results = await browser.scripting.executeScript({ target: { tabId, allFrames: true }, func: selectionInFrame });
    const focused = results.map((result) => result.result).find((frame): frame is FrameSelection => frame?.focused === true);
    if (!focused) return undefined;
    return focused.visible ? focused.text : '';
  } catch {
    return undefined;
  }
}

/**
 * Whether the selection in the frame the agent right-clicked is visible: false for a selection in
 * a hidden or covered frame; undefined when that frame cannot be read, where Chrome's own
 * selectionText of the frame under the pointer is all there is.
 */
export async function isFrameSelectionVisible(browser: typeof chrome, tabId: number, frameId: number): Promise<boolean | undefined> {
  try {
    const [result] = await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, func: selectionInFrame });
    return result?.result?.visible;
  } catch {
    return undefined;
  }
}

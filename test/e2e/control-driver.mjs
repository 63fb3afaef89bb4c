// Driving an injected control as the agent does. Its shadow root is closed, so neither page script
// nor Playwright's locators reach inside; the DevTools protocol does (DOM.describeNode with pierce
// sees closed roots), and that is how these helpers read what the control shows and where. Every
// click and key is real input: page.mouse and page.keyboard reach Chromium as trusted events.
import { pause, poll } from './content-probes.mjs';

// Longer than the control's input protection (src/content/control/sighting.ts), as an agent's
// pointer rests on a button before clicking it.
export const DWELL_MS = 800;
const sessions = new WeakMap();

function session(page) {
  if (!sessions.has(page)) sessions.set(page, page.context().newCDPSession(page));
  return sessions.get(page);
}

/** The first host of `rawId` in tree order, open shadow roots included, as a protocol object. */
const FIND_HOST = `(rawId) => {
  const visit = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.getAttribute('data-acs-transfer-target') === rawId) return element;
      const inner = element.shadowRoot && visit(element.shadowRoot);
      if (inner) return inner;
    }
    return null;
  };
  return visit(document);
}`;

/** What a control shows, read inside its closed root: boxes are centres in viewport pixels. */
function readRoot() {
  const place = (element) => {
    const box = element.getBoundingClientRect();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2, width: box.width, height: box.height };
  };
  const button = this.querySelector('button.trigger');
  const menu = this.querySelector('[role="menu"]');
  const items = menu ? [...menu.querySelectorAll('[role="menuitem"]')] : [];
  return {
    label: button.getAttribute('aria-label'),
    expanded: button.getAttribute('aria-expanded') === 'true',
    focused: this.activeElement === button,
    button: place(button),
    menu: menu && {
      label: menu.getAttribute('aria-label'),
      items: items.map((item) => ({ text: item.textContent, disabled: item.getAttribute('aria-disabled') === 'true', focused: this.activeElement === item, ...place(item) })),
    },
    status: this.querySelector('[role="alert"]')?.textContent ?? null,
  };
}

async function findHost(cdp, rawId) {
  const { result } = await cdp.send('Runtime.evaluate', { expression: `(${FIND_HOST})(${JSON.stringify(rawId)})` });
  return result.objectId;
}

/** Scrolls the control of `rawId` into view, as the agent scrolls to a number. */
export async function scrollToControl(page, rawId) {
  const cdp = await session(page);
  const objectId = await poll(() => findHost(cdp, rawId), Boolean);
  if (!objectId) throw new Error(`no control of ${rawId} on the page`);
  await cdp.send('DOM.scrollIntoViewIfNeeded', { objectId });
  await cdp.send('Runtime.releaseObject', { objectId });
}

/** What the control of `rawId` shows now, or null when the page has none. */
export async function readControl(page, rawId) {
  const cdp = await session(page);
  const objectId = await findHost(cdp, rawId);
  if (!objectId) return null;
  const { node } = await cdp.send('DOM.describeNode', { objectId, pierce: true, depth: 1 });
  await cdp.send('Runtime.releaseObject', { objectId });
  const root = node.shadowRoots?.[0];
  if (!root) return null;
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: root.backendNodeId });
  const read = await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: readRoot.toString(), returnByValue: true });
  await cdp.send('Runtime.releaseObject', { objectId: object.objectId });
  return read.result.value;
}

/** Polls the control until `accept` holds; throws with what it last showed otherwise. */
export async function untilControl(page, rawId, accept, what) {
  const seen = await poll(() => readControl(page, rawId), (control) => control !== null && accept(control));
  if (!seen || !accept(seen)) throw new Error(`the control of ${rawId} never showed ${what}; it shows ${JSON.stringify(seen)}`);
  return seen;
}

/** Moves the pointer onto a point, rests there as a person does, and clicks. */
export async function restAndClick(page, { x, y }) {
  await page.mouse.move(x, y, { steps: 5 });
  await pause(DWELL_MS);
  await page.mouse.click(x, y);
}

/** Scrolls to the control, clicks its button with the mouse and waits for its menu. */
export async function openMenu(page, rawId) {
  await scrollToControl(page, rawId);
  const control = await untilControl(page, rawId, (c) => c.button.width > 0, 'a button');
  await restAndClick(page, control.button);
  return untilControl(page, rawId, (c) => c.menu !== null, 'its menu');
}

/** Opens the menu and clicks the enabled item whose text matches `name`. */
export async function chooseItem(page, rawId, name) {
  await openMenu(page, rawId);
  const control = await untilControl(page, rawId, (c) => c.menu?.items.some((item) => name.test(item.text) && !item.disabled), `an enabled item ${name}`);
  const item = control.menu.items.find((candidate) => name.test(candidate.text) && !candidate.disabled);
  await restAndClick(page, item);
  return item;
}

/** Presses Tab until the control's button has focus, as an agent reaching it by keyboard. */
export async function tabTo(page, rawId, maxPresses = 40) {
  for (let presses = 0; presses < maxPresses; presses += 1) {
    if ((await readControl(page, rawId))?.focused) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached the control of ${rawId}`);
}

// What content.test.mjs reads from a page or frame: the controls (open shadow roots included) and
// which must-not strings got one. The probes run inside the page, so each is self-contained.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { FIXTURES_DIR } from './fixture-server.mjs';

const POLL_MS = 100;

/** A fixture page's expectations: { crm, country, targets, mustNot, frames? }. */
export async function readExpectations(name) {
  return JSON.parse(await readFile(path.join(FIXTURES_DIR, `${name}.json`), 'utf8'));
}

/** The raw id of every control in the frame's document and its open shadow roots, in tree order. */
export function decoratedIn(frame) {
  return frame.evaluate(() => {
    const found = [];
    const visit = (root) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.hasAttribute('data-acs-transfer-target')) found.push(element.getAttribute('data-acs-transfer-target'));
        else if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    visit(document);
    return found;
  });
}

/**
 * The must-not strings that got a control: a control right after the text node, field or textarea
 * holding the string, or after the link or button around that text (where hosts go).
 */
export function mustNotViolations(frame, strings) {
  return frame.evaluate((mustNot) => {
    const isHost = (node) => node?.nodeType === 1 && node.hasAttribute('data-acs-transfer-target');
    const violations = [];
    const check = (root) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.shadowRoot && !isHost(node)) check(node.shadowRoot);
        const field = node.localName === 'input' || node.localName === 'textarea';
        const text = node.nodeType === 3 ? node.data : field ? node.value : undefined;
        if (text === undefined) continue;
        const wrapper = node.nodeType === 3 ? node.parentElement?.closest('a[href], button') : null;
        const followed = isHost(node.nextSibling) || isHost(wrapper?.nextSibling);
        for (const string of mustNot) if (followed && text.includes(string)) violations.push(string);
      }
    };
    check(document);
    return violations;
  }, strings);
}

/** Polls `read` until `accept` holds for its value; returns the last value either way. */
export async function poll(read, accept, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!accept(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    value = await read();
  }
  return value;
}

export const sorted = (values) => [...values].sort();

/** Waits until the frame's controls are exactly `expected` (as a set, one control each). */
export function untilDecorated(frame, expected, timeoutMs) {
  const want = JSON.stringify(sorted(expected));
  return poll(() => decoratedIn(frame), (found) => JSON.stringify(sorted(found)) === want, timeoutMs);
}

export const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

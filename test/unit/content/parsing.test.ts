// Decorating while the page is parsed (Scanner.headStartWhileParsing, walk.ts createParserWalk):
// happy-dom parses at once, so the parser's progress is played by appending to the body.
import { afterEach, describe, expect, it } from 'vitest';
import { Registry } from '../../../src/content/control/registry.ts';
import { Occurrences } from '../../../src/content/occurrences.ts';
import { Scanner } from '../../../src/content/scanner.ts';
import type { Layout, Placed } from '../../../src/content/seams.ts';
import { createParserWalk } from '../../../src/content/walk.ts';
import { everythingNear, fakeGuard, fakePort, queued, targetsOf } from './helpers.ts';

const controller = new AbortController();
afterEach(() => {
  document.body.innerHTML = '';
});

function scanner(): Scanner {
  const occurrences = new Occurrences(new Registry(document, fakePort().port, fakeGuard().guard));
  // Nothing reported: only what the parsing head start writes is written.
  const layout = (placed: Placed): Layout => ({ ...everythingNear(placed), watch: () => undefined });
  const deps = { occurrences, layout, schedule: queued([]), find: queued([]), frame: queued([]), afterFrame: () => () => undefined, country: () => '', observeRoot: () => undefined, watchCustomElement: () => undefined };
  return new Scanner(deps, controller.signal);
}

function parse(html: string): void {
  document.body.insertAdjacentHTML('beforeend', html);
}

describe('decorating while the page is parsed', () => {
  it('writes what the parser has produced, except the last text, which may still grow', () => {
    const scan = scanner();
    parse('<p>+1 425 555 0100</p><p>+1 425 555 0101</p>');
    expect(scan.headStartWhileParsing(document)).toBe(1);
    expect(targetsOf()).toEqual(['4:+14255550100']);
    parse('<p>+1 425 555 0102</p>');
    expect(scan.headStartWhileParsing(document)).toBe(1);
    expect(targetsOf()).toEqual(['4:+14255550100', '4:+14255550101']);
  });

  it('goes on after the last node it visited, never into a subtree it skipped', () => {
    const visited: string[] = [];
    const walk = createParserWalk(document, {
      run: (_root, text) => void visited.push(text),
      linkOrField: (element) => void visited.push(element.textContent ?? ''),
      shadowRoot: () => undefined,
    });
    parse('<p>one</p><textarea>not this</textarea>');
    expect(walk(() => true)).toBe(true);
    parse('<p>two</p>');
    expect(walk(() => true)).toBe(true);
    expect(visited.filter((text) => text.trim() !== '')).toEqual(['one', 'two']);
  });
});

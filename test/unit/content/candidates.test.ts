import { afterEach, describe, expect, it } from 'vitest';
import { sourcesShownIn } from '../../../src/content/candidates.ts';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the sources an element shows', () => {
  it('are a phone link or a field itself', () => {
    document.body.innerHTML = '<a id="tel" href="tel:+14255550100">desk <b>now</b></a><input id="field" value="+1 425 555 0100">';
    for (const id of ['tel', 'field']) {
      const element = document.getElementById(id)!;
      expect(sourcesShownIn(element)).toEqual([element]);
    }
  });

  it('are the runs of any other element and of its shadow root', () => {
    document.body.innerHTML = '<div id="cell">+1 425 555 0100 <span>+1 425 555 0101</span> ext. 4</div>';
    const cell = document.getElementById('cell')!;
    const shadow = cell.attachShadow({ mode: 'open' });
    shadow.append('+1 425 555 0102', document.createElement('slot'));
    expect(sourcesShownIn(cell)).toEqual([cell, shadow]);
  });
});

// Numbers split across inline elements and text nodes (runs.ts), decorated through the whole
// content script: found, their control after the match's last node and never inside it, and read
// again when the run changes.
import { describe, expect, it } from 'vitest';
import { hosts, settle, startsPerTest, targetsOf, untilHosts } from './helpers.ts';

const run = startsPerTest({ country: 'US' });

/** What the host of `rawId` follows, as markup: the node it was placed after. */
function placedAfter(rawId: string): string {
  const host = document.querySelector(`[data-acs-transfer-target="${rawId}"]`);
  const previous = host?.previousSibling;
  if (!previous) return 'nothing';
  return previous.nodeType === Node.TEXT_NODE ? `text "${previous.textContent}"` : `<${(previous as Element).localName}>`;
}

describe('numbers split across inline elements', () => {
  it('finds a search hit highlighted inside a number, its control after the highlight', async () => {
    run('<p id="p">Call (425) 555-<mark>0140</mark> today</p>');
    await untilHosts(1);
    expect(targetsOf()).toEqual(['4:+14255550140']);
    expect(placedAfter('4:+14255550140')).toBe('<mark>');
    expect(document.querySelector('mark')?.childNodes).toHaveLength(1);
  });

  it('finds a signature pasted as style runs, its control after the last run', async () => {
    run('<div><span>+1</span>&nbsp;<span>425</span>-<span>555-0138</span></div>');
    await untilHosts(1);
    expect(targetsOf()).toEqual(['4:+14255550138']);
    expect(placedAfter('4:+14255550138')).toBe('<span>');
    expect(document.querySelector('span:last-of-type')?.querySelector('[data-acs-transfer-target]')).toBeNull();
  });

  it('finds a bold area code in a rich-text note, and parts between comment markers', async () => {
    run('<p>Ring <strong>(206)</strong> 555-0175 after 5.</p><p><!--[-->+1 <!---->312<!----> 555 0134<!--]--></p>');
    await untilHosts(2);
    expect(targetsOf()).toEqual(['4:+12065550175', '4:+13125550134']);
    expect(placedAfter('4:+12065550175')).toBe('text " 555-0175 after 5."');
  });

  it('finds a number with <wbr> soft breaks in a narrow cell', async () => {
    run('<table><tr><td>+1<wbr>425<wbr>555<wbr>0161</td></tr></table>');
    await untilHosts(1);
    expect(targetsOf()).toEqual(['4:+14255550161']);
  });

  it('puts a control after a link around the end of a number, not inside it', async () => {
    run('<p>Desk: +1 425 <a href="/contacts/7">555 0177</a></p>');
    await untilHosts(1);
    expect(placedAfter('4:+14255550177')).toBe('<a>');
  });

  it('does not join text across blocks, line breaks or excluded elements', async () => {
    run('<div>+1 425<div>555 0101</div></div><p>+1 425<br>555 0102</p><p>+1 425 <code>555</code> 0103</p>');
    await settle();
    await settle();
    expect(hosts()).toHaveLength(0);
  });

  it('leaves text inside a link with its own tel: href to that link', async () => {
    run('<p>Main line <a href="tel:+14255550104">+1 425 555 0104</a></p>');
    await untilHosts(1);
    expect(placedAfter('4:+14255550104')).toBe('<a>');
  });
});

describe('a run that changes is read again', () => {
  it('finds a number a live transcript completes chunk by chunk, and keeps one control as it grows', async () => {
    run('<p id="line">Customer: you can reach me at (425) 555-</p>');
    await settle();
    expect(hosts()).toHaveLength(0);
    const line = document.getElementById('line')!;
    line.append(document.createTextNode('0192 '));
    await untilHosts(1);
    line.append(document.createTextNode('after six.'));
    await settle();
    expect(targetsOf()).toEqual(['4:+14255550192']);
  });

  it('keeps the control of a number whose highlight is added and removed, and drops it when the number goes', async () => {
    run('<p id="p">Call (425) 555-0140 today</p>');
    await untilHosts(1);
    const p = document.getElementById('p')!;
    p.innerHTML = 'Call (425) 555-<mark>0140</mark> today';
    await untilHosts(1);
    expect(placedAfter('4:+14255550140')).toBe('<mark>');
    document.querySelector('mark')!.replaceWith('0140');
    await settle();
    expect(targetsOf()).toEqual(['4:+14255550140']);
    const lastDigits = [...p.childNodes].find((node) => node.textContent === '0140');
    lastDigits?.remove();
    await untilHosts(0);
  });

  it('drops the control when a chunk changes the number into something else', async () => {
    run('<p id="p"><span>+1 425 555 </span><span id="tail">0150</span></p>');
    await untilHosts(1);
    document.getElementById('tail')!.textContent = '0150 1234';
    await untilHosts(0);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Layout, Placed } from '../../../src/content/seams.ts';
import { everythingNear, hosts, queued, settle, start, targetsOf, untilHosts, type Slice } from './helpers.ts';

const TEAMS = '8:orgid:6f1c2a3b-1111-2222-3333-444455556666';
const ACS = '8:acs:1b2c3d4e-aaaa-bbbb-cccc-000011112222_00000020-0000-0000-0000-000000000000';

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  document.body.innerHTML = '';
});

function run(html: string, options?: Parameters<typeof start>[1]) {
  const started = start(html, options);
  stop = () => started.controller.abort();
  return started;
}

describe('scanning', () => {
  it('decorates tel links, E.164 numbers and raw ids, beside their text or link', async () => {
    run(`
      <p id="text">Call +1 425 555 0123 today</p>
      <a id="link" href="tel:+14255550124">Front desk</a>
      <p id="ids">${TEAMS} and ${ACS}</p>`);
    await untilHosts(4);
    expect(targetsOf()).toEqual(['4:+14255550123', '4:+14255550124', TEAMS, ACS]);
    const link = document.getElementById('link');
    expect(link?.nextElementSibling?.getAttribute('data-acs-transfer-target')).toBe('4:+14255550124');
    expect(link?.querySelector('[data-acs-transfer-target]')).toBeNull();
    expect(document.getElementById('text')?.firstChild?.textContent).toBe('Call +1 425 555 0123 today');
  });

  it('leaves code, form controls, editors and hidden content alone', async () => {
    run(`
      <textarea>+1 425 555 0101</textarea>
      <div contenteditable="true"><span>+1 425 555 0102</span></div>
      <script>var n = "+1 425 555 0103";</script>
      <div hidden>+1 425 555 0104</div>
      <div style="display:none"><span>+1 425 555 0105</span></div>
      <pre>+1 425 555 0106</pre>
      <svg><text>+1 425 555 0107</text></svg>
      <select><option>+1 425 555 0108</option></select>
      <p>+1 425 555 0109</p>`);
    await untilHosts(1);
    await settle();
    expect(targetsOf()).toEqual(['4:+14255550109']);
  });

  it('decorates inside open shadow roots and follows their changes', async () => {
    run('');
    // A component the app inserts, its shadow root filled (as Lightning's are) before it goes in.
    const widget = document.createElement('div');
    const shadow = widget.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<span>+1 425 555 0110</span>';
    document.body.append(widget);
    await untilHosts(1, shadow);
    shadow.append(Object.assign(document.createElement('p'), { textContent: '+1 425 555 0111' }));
    await untilHosts(2, shadow);
  });

  it('decorates rows added later', async () => {
    run('<table><tbody id="rows"></tbody></table>');
    await settle();
    const rows = document.getElementById('rows')!;
    // Built node by node: happy-dom's insertAdjacentHTML on a tbody drops the <tr> and <td> tags.
    for (const number of ['+1 425 555 0120', '+1 425 555 0121']) {
      const row = document.createElement('tr');
      row.append(Object.assign(document.createElement('td'), { textContent: number }));
      rows.append(row);
    }
    await untilHosts(2);
    expect(targetsOf()).toEqual(['4:+14255550120', '4:+14255550121']);
  });

  it('follows text changes and removals', async () => {
    run('<p id="p">+1 425 555 0130</p>');
    await untilHosts(1);
    const text = document.getElementById('p')!.firstChild as Text;
    text.data = '+1 425 555 0131';
    await untilTargets('4:+14255550131');
    text.data = 'no number now';
    await untilHosts(0);
    text.data = '+1 425 555 0132';
    await untilHosts(1);
    text.remove();
    await untilHosts(0);
  });

  it('places controls after a link around the number, and removes them with it', async () => {
    run('<div id="cell"><a id="a" href="/contacts/1"><b>+1 425 555 0135</b></a></div>');
    await untilHosts(1);
    const link = document.getElementById('a')!;
    expect(link.nextElementSibling).toBe(hosts()[0]);
    link.remove();
    await untilHosts(0);
  });

  it('never adds two controls for one occurrence', async () => {
    run('<div id="row"><span>+1 425 555 0140</span> <a href="tel:+14255550141">desk</a></div>');
    await untilHosts(2);
    const before = hosts();
    const row = document.getElementById('row')!;
    row.hidden = true;
    row.hidden = false;
    document.body.append(row);
    await settle();
    expect(hosts()).toEqual(before);
  });

  it('re-evaluates a link when its href changes', async () => {
    run('<a id="a" href="tel:+14255550150">desk</a>');
    await untilHosts(1);
    document.getElementById('a')!.setAttribute('href', 'tel:+14255550151');
    await untilTargets('4:+14255550151');
    document.getElementById('a')!.setAttribute('href', '/contacts/7');
    await untilHosts(0);
  });

  it('gives a link that becomes a phone link one control, not one more', async () => {
    run('<a id="a" href="/contacts/1">+1 425 555 0123</a>');
    await untilHosts(1);
    const link = document.getElementById('a')!;
    link.setAttribute('href', 'tel:+14255550124');
    await untilTargets('4:+14255550124');
    await settle();
    expect(targetsOf()).toEqual(['4:+14255550124']);
    link.setAttribute('href', '/contacts/2');
    await untilTargets('4:+14255550123');
    expect(link.nextElementSibling).toBe(hosts()[0]);
  });

  it('removes the control when the number inside a link goes away', async () => {
    run('<a id="a" href="/contacts/1"><b>+1 425 555 0123</b> <i>+1 425 555 0124</i></a>');
    await untilHosts(2);
    document.querySelector('b')!.remove();
    await untilTargets('4:+14255550124');
    document.querySelector('i')!.firstChild!.remove();
    await untilHosts(0);
    expect(document.getElementById('a')?.isConnected).toBe(true);
  });

  it('keeps the controls of several targets in one text node after it, in order, without splitting it', async () => {
    run('<p id="p">Call +1 425 555 0123 or +44 20 7946 0958, not 2024-03-15</p>');
    await untilHosts(2);
    const p = document.getElementById('p')!;
    expect(p.childNodes[0]?.textContent).toBe('Call +1 425 555 0123 or +44 20 7946 0958, not 2024-03-15');
    expect([...p.childNodes].slice(1)).toEqual(hosts());
    expect(targetsOf()).toEqual(['4:+14255550123', '4:+442079460958']);
  });

  it('reads national numbers for the dialling country, and again when it changes', async () => {
    const { app } = run('<p>(425) 555-0187</p><p>020 7946 0958</p><p>+34 912 345 678</p>', { country: 'US' });
    await untilTargets('4:+14255550187', '4:+34912345678');
    const international = hosts()[1];
    app.setState({ callActive: false, transferable: false, defaultCountry: 'GB' });
    await untilTargets('4:+442079460958', '4:+34912345678');
    expect(hosts()[1]).toBe(international);
    app.setState({ callActive: false, transferable: false, defaultCountry: '' });
    await untilTargets('4:+34912345678');
  });

  it('scans once, with the new country, when the country changes before the first slice', async () => {
    const slices: Slice[] = [];
    const { app } = run('<p>(425) 555-0187</p>', { schedule: queued(slices), frame: queued(slices) });
    app.setState({ callActive: false, transferable: false, defaultCountry: 'US' });
    for (let slice = slices.shift(); slice; slice = slices.shift()) slice(() => true);
    await Promise.resolve();
    expect(targetsOf()).toEqual(['4:+14255550187']);
  });

  it('puts a host the page removed back once per text change, not forever', async () => {
    run('<p id="p">+1 425 555 0160</p>');
    await untilHosts(1);
    hosts()[0]!.remove();
    await untilHosts(1);
    hosts()[0]!.remove();
    await settle();
    expect(hosts()).toHaveLength(0);
    (document.getElementById('p')!.firstChild as Text).data = '+1 425 555 0160 ';
    await untilHosts(1);
  });

  it('decorates targets near the visible area as soon as the layout reports them, and the others after them', async () => {
    const idle: Slice[] = [];
    const layout = (placed: Placed): Layout => ({ ...everythingNear(placed), watch: (element) => placed(element, element.id !== 'far') });
    run('<div id="list"></div>', { layout, schedule: queued(idle), frame: queued([]) });
    // Added after the first slice, so the layout's reports decide.
    document.getElementById('list')!.innerHTML = '<p id="far">+1 425 555 0171</p><p id="near">+1 425 555 0172</p>';
    await Promise.resolve();
    idle.shift()?.(() => true);
    expect(hosts()).toHaveLength(0);
    await Promise.resolve();
    expect(targetsOf()).toEqual(['4:+14255550172']);
    idle.shift()?.(() => true);
    expect(targetsOf()).toEqual(['4:+14255550171', '4:+14255550172']);
  });

  it('writes what the first slice finds at once, then takes back the controls of elements without a box', async () => {
    const idle: Slice[] = [];
    const layout = (placed: Placed): Layout => ({ ...everythingNear(placed), watch: () => undefined });
    run('<p>+1 425 555 0175</p><p style="display: none">+1 425 555 0176</p><a href="tel:+14255550177">desk</a>', {
      layout,
      schedule: queued(idle),
      frame: queued([]),
    });
    expect(targetsOf()).toEqual(['4:+14255550175', '4:+14255550176', '4:+14255550177']);
    await Promise.resolve();
    expect(targetsOf()).toEqual(['4:+14255550175', '4:+14255550177']);
  });

  it('decorates an element once it is shown', async () => {
    let report: Placed | undefined;
    const layout = (placed: Placed): Layout => {
      report = placed;
      return { ...everythingNear(placed), watch: () => undefined };
    };
    run('<p id="p" style="display: none">+1 425 555 0180</p>', { layout });
    await settle();
    expect(hosts()).toHaveLength(0);
    document.getElementById('p')!.style.display = '';
    report?.(document.getElementById('p')!, true);
    await untilHosts(1);
  });

  it('removes every control and stops watching when aborted', async () => {
    const { controller } = run('<p>+1 425 555 0190</p>');
    await untilHosts(1);
    controller.abort();
    expect(hosts()).toHaveLength(0);
    document.body.insertAdjacentHTML('beforeend', '<p>+1 425 555 0191</p>');
    await settle();
    expect(hosts()).toHaveLength(0);
  });
});

async function untilTargets(...rawIds: string[]): Promise<void> {
  await vi.waitFor(() => expect(targetsOf()).toEqual(rawIds));
}

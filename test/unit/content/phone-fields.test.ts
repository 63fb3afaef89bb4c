import { afterEach, describe, expect, it, vi } from 'vitest';
import { buttonOf, hosts, settle, shadowOf, start, targetsOf, trustedClick, untilHosts } from './helpers.ts';

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  document.body.innerHTML = '';
});

function run(html: string, country = '') {
  const started = start(html, { country });
  stop = () => started.controller.abort();
  return started;
}

function input(id: string, root: Document | ShadowRoot = document): HTMLInputElement {
  const element = root.getElementById(id);
  if (!(element instanceof HTMLInputElement)) throw new Error(`no input #${id}`);
  return element;
}

/** What a user's typing does to a field: a new value and an input event. */
function type(field: HTMLInputElement, value: string, event = 'input'): void {
  field.value = value;
  field.dispatchEvent(new Event(event, { bubbles: true }));
}

async function untilTargets(...rawIds: string[]): Promise<void> {
  await vi.waitFor(() => expect(targetsOf()).toEqual(rawIds));
}

// Every way a page says "phone field"; the bare national value counts because the label vouches for it.
const LABELLED_FIELDS = `
  <input id="tel" type="tel" value="+1 425 555 0101">
  <input id="auto" autocomplete="shipping tel-national" value="+1 425 555 0102">
  <label for="for">Business Phone</label><input id="for" value="+1 425 555 0103">
  <label>Móvil <input id="wrapped" value="+34 612 345 678"></label>
  <input id="aria" aria-label="Mobile" value="+1 425 555 0105">
  <span id="tel-label">Teléfono</span><input id="labelled" aria-labelledby="tel-label" value="+1 425 555 0106">
  <input id="placeholder" placeholder="Phone number" value="+1 425 555 0107">
  <input id="name" name="mobilePhone" value="4255550108">
  <input id="phone_number" value="+1 425 555 0109">`;

describe('phone fields', () => {
  it('decorates fields marked as phone fields, beside the field, and leaves their values alone', async () => {
    run(LABELLED_FIELDS, 'US');
    await untilHosts(9);
    const ids = ['tel', 'auto', 'for', 'wrapped', 'aria', 'labelled', 'placeholder', 'name', 'phone_number'];
    for (const id of ids) expect(input(id).nextElementSibling?.hasAttribute('data-acs-transfer-target'), id).toBe(true);
    expect(input('wrapped').value).toBe('+34 612 345 678');
    expect(input('name').value).toBe('4255550108');
    expect(targetsOf()).toContain('4:+14255550108');
  });

  it('leaves other fields, and fields inside editors, undecorated', async () => {
    run(`
      <input aria-label="Order number" value="+1 425 555 0111">
      <input aria-label="Fax" value="+1 425 555 0112">
      <input type="email" aria-label="Phone" value="+1 425 555 0113">
      <input type="hidden" name="phone" value="+1 425 555 0114">
      <input type="search" aria-label="Phone" value="+1 425 555 0115">
      <label>Phone <textarea>+1 425 555 0116</textarea></label>
      <div contenteditable="true"><input type="tel" value="+1 425 555 0117"></div>
      <input type="tel" value="not a number">
      <p>+1 425 555 0119</p>`);
    await untilHosts(1);
    await settle();
    expect(targetsOf()).toEqual(['4:+14255550119']);
  });

  it('follows the value as it is typed, and never rewrites it', async () => {
    run('<input id="f" type="tel" value="+1 425 555 0121">');
    await untilHosts(1);
    const field = input('f');
    type(field, '+1 425 555 01');
    await untilHosts(0);
    expect(field.value).toBe('+1 425 555 01');
    type(field, '+1 425 555 0122 x45');
    await untilTargets('4:+14255550122');
    expect(field.value).toBe('+1 425 555 0122 x45');
    expect(field.nextElementSibling).toBe(hosts()[0]);
    trustedClick(buttonOf(hosts()[0]!));
    expect(shadowOf(hosts()[0]!).querySelector('.note')?.textContent).toBe('Extension 45 is not dialled');
    type(field, '', 'change');
    await untilHosts(0);
  });

  it('follows a value set by attribute, and reads national numbers for the dialling country', async () => {
    run('<input id="f" type="tel">', 'US');
    input('f').setAttribute('value', '(425) 555-0131');
    await untilTargets('4:+14255550131');
  });

  it('follows fields inside open shadow roots, whose change events never reach the document', async () => {
    run('');
    const widget = document.createElement('div');
    const shadow = widget.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<label for="f">Phone</label><input id="f">';
    document.body.append(widget);
    await settle();
    const field = input('f', shadow);
    field.value = '+1 425 555 0141';
    field.dispatchEvent(new Event('change'));
    await untilHosts(1, shadow);
    expect(field.nextElementSibling).toBe(hosts(shadow)[0]);
  });

  it('drops the control when the field goes away', async () => {
    run('<form><input id="f" type="tel" value="+1 425 555 0151"></form>');
    await untilHosts(1);
    input('f').remove();
    await untilHosts(0);
  });
});

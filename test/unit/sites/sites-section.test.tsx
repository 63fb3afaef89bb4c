import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { OptionsPage } from '../../../src/options/options-page.tsx';
import { SitesSection } from '../../../src/options/sites-section.tsx';
import { loadSites } from '../../../src/shared/sites-store.ts';
import { SITES_KEY, storedSites } from '../../../src/shared/sites.ts';
import { byTestId, click, mount, submitFrom, typeInto } from '../popup/render.ts';
import { fakeAccess, type FakeAccess } from './fakes.ts';

vi.mock('../../../src/platform/browser.ts', async () => (await import('../popup/i18n-stub.ts')).fakeBrowserModule());

const storage = fakeBrowser.storage.local;
const CRM = 'https://crm.example.com/*';

async function openSection(access: FakeAccess, sites: string[] = []): Promise<HTMLElement> {
  await storage.set({ [SITES_KEY]: storedSites(sites) });
  const view = mount(<SitesSection storage={storage} access={access} />);
  await vi.waitFor(() => byTestId(view, 'add-site'));
  return view;
}

function siteInput(view: HTMLElement): HTMLInputElement {
  const label = [...view.querySelectorAll('label')].find((candidate) => candidate.textContent === 'Add a site');
  if (!(label?.control instanceof HTMLInputElement)) throw new Error('no "Add a site" field');
  return label.control;
}

/** What a screen reader reads after the field's name: its help and error text. */
function description(input: HTMLInputElement): string {
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent).join(' ');
}

function addedSites(view: HTMLElement): string[] {
  return [...view.querySelectorAll<HTMLElement>('[data-testid="added-sites"] [data-site]')].map((item) => item.dataset.site ?? '');
}

function button(view: HTMLElement, name: string): HTMLButtonElement {
  const found = [...view.querySelectorAll('button')].find((candidate) => (candidate.getAttribute('aria-label') ?? candidate.textContent) === name);
  if (!found) throw new Error(`no button named "${name}"`);
  return found;
}

const status = (view: HTMLElement): string => byTestId(view, 'sites-status').textContent ?? '';

describe('the Sites section', () => {
  beforeEach(() => fakeBrowser.reset());

  it('lists the built-in presets with the sites they cover', async () => {
    const view = await openSection(fakeAccess());
    const presets = [...byTestId(view, 'preset-sites').querySelectorAll('li')].map((item) => item.textContent);

    expect(presets).toHaveLength(8);
    expect(presets[0]).toBe('Salesforce Lightninghttps://*.lightning.force.com, https://*.my.salesforce.com');
    expect(presets[7]).toBe('Local and self-hostedhttp://localhost, http://127.0.0.1');
  });

  it('says when no site was added, and marks added sites Chrome blocks', async () => {
    expect((await openSection(fakeAccess())).textContent).toContain('No sites added yet.');

    const view = await openSection(fakeAccess({ granted: [CRM] }), [CRM, 'http://10.0.0.5/*']);
    await vi.waitFor(() => button(view, 'Allow http://10.0.0.5'));

    expect(addedSites(view)).toEqual([CRM, 'http://10.0.0.5/*']);
    expect(view.querySelectorAll('[data-site] .field__error')).toHaveLength(1);
    expect(view.querySelector(`[data-site="${CRM}"]`)?.textContent).not.toContain('Not allowed');
  });

  it('explains a mistake as the agent types, and shows what a valid entry will add', async () => {
    const view = await openSection(fakeAccess());
    const input = siteInput(view);

    typeInto(input, 'ftp://files.example.com');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(description(input)).toContain('Only http:// and https:// sites can be added.');

    typeInto(input, 'acme.lightning.force.com');
    expect(description(input)).toContain('Already on: Salesforce Lightning is built in.');

    typeInto(input, 'crm.example.com/contacts');
    expect(input.getAttribute('aria-invalid')).toBe('false');
    expect(description(input)).toContain(`Adds ${CRM}`);
  });

  it('asks for a site only when an empty field is submitted', async () => {
    const access = fakeAccess();
    const view = await openSection(access);
    const input = siteInput(view);
    expect(input.getAttribute('aria-invalid')).toBe('false');

    submitFrom(input);

    expect(description(input)).toContain('Enter a site, such as crm.example.com.');
    expect(access.requests).toEqual([]);
  });

  it('adds a site once Chrome allows it', async () => {
    const access = fakeAccess();
    const view = await openSection(access);

    typeInto(siteInput(view), 'crm.example.com');
    click(byTestId(view, 'add-site'));

    await vi.waitFor(() => expect(addedSites(view)).toEqual([CRM]));
    expect(access.requests).toEqual([CRM]);
    expect(await loadSites(storage)).toEqual([CRM]);
    expect(siteInput(view).value).toBe('');
    expect(status(view)).toBe('Added https://crm.example.com. Its open pages get the controls now.');
  });

  it('saves nothing when the agent denies the permission', async () => {
    const view = await openSection(fakeAccess({ answer: false }));

    typeInto(siteInput(view), 'crm.example.com');
    click(byTestId(view, 'add-site'));

    await vi.waitFor(() => expect(status(view)).toBe("Permission denied: the extension can't run there."));
    expect(await loadSites(storage)).toEqual([]);
    expect(siteInput(view).value).toBe('crm.example.com');
  });

  it('removes a site and gives its permission back', async () => {
    const access = fakeAccess({ granted: [CRM] });
    const view = await openSection(access, [CRM]);
    await vi.waitFor(() => expect(addedSites(view)).toEqual([CRM]));

    click(button(view, 'Remove https://crm.example.com'));

    await vi.waitFor(() => expect(addedSites(view)).toEqual([]));
    expect(await loadSites(storage)).toEqual([]);
    expect(access.released).toEqual([CRM]);
    expect(status(view)).toBe('Removed https://crm.example.com. Reload its open pages to remove the controls.');
  });

  it('allows a blocked site again from its own button', async () => {
    const access = fakeAccess();
    const view = await openSection(access, [CRM]);

    click(await vi.waitFor(() => button(view, 'Allow https://crm.example.com')));

    await vi.waitFor(() => expect(view.querySelector('[data-site] .field__error')).toBeNull());
    expect(access.requests).toEqual([CRM]);
  });
});

describe('the options page', () => {
  beforeEach(() => fakeBrowser.reset());

  it('shows the Sites section beside the settings form, not inside it', async () => {
    const view = mount(<OptionsPage storage={storage} />);
    const section = await vi.waitFor(() => byTestId(view, 'sites-section'));

    expect(section.closest('form')).toBeNull();
    expect(section.querySelector('h2')?.textContent).toBe('Sites');
  });
});

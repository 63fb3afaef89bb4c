// What an admin locked by policy (issue 10, point 5): the options page shows the managed value, not
// the agent's own, disables the control and says who set it; everything else stays editable.
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { OptionsPage } from '../../../src/options/options-page.tsx';
import { readManaged } from '../../../src/shared/managed.ts';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from '../../../src/shared/settings.ts';
import { byTestId, click, mount, typeInto } from '../popup/render.ts';

vi.mock('../../../src/platform/browser.ts', async () => (await import('../popup/i18n-stub.ts')).fakeBrowserModule());

const storage = fakeBrowser.storage.local;

function field(view: HTMLElement, label: string): HTMLInputElement {
  const control = [...view.querySelectorAll('label')].find((candidate) => candidate.textContent === label)?.control;
  if (!control) throw new Error(`no field labelled "${label}"`);
  return control as HTMLInputElement;
}

function description(control: HTMLElement): string {
  const ids = control.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent).join(' ');
}

const OWN = { ...DEFAULT_SETTINGS, engine: 'acs', callingHostUrl: 'https://mine.example/', displayName: 'Sam', confirmPageCalls: true } as const;

async function openWith(policy: unknown): Promise<HTMLElement> {
  await storage.set({ [SETTINGS_KEY]: OWN });
  const view = mount(<OptionsPage storage={storage} managed={readManaged(policy)} />);
  await vi.waitFor(() => byTestId(view, 'save'));
  return view;
}

describe('the options page under a policy', () => {
  beforeEach(() => fakeBrowser.reset());

  it('shows managed values locked, saying who set them, and leaves the rest editable', async () => {
    const view = await openWith({ managedBy: 'Contoso IT', callingHostUrl: 'https://calls.contoso.example/', confirmPageCalls: false, engine: 'acs' });
    const host = field(view, 'Calling host page');
    expect(host.value).toBe('https://calls.contoso.example/');
    expect(host.disabled).toBe(true);
    expect(description(host)).toMatch(/^Set by Contoso IT/);
    const confirm = field(view, 'Ask before calling a number clicked on a page');
    expect(confirm.checked).toBe(false);
    expect(confirm.disabled).toBe(true);
    const name = field(view, 'Display name');
    expect(name.value).toBe('Sam');
    expect(name.disabled).toBe(false);
    expect(description(name)).not.toMatch(/Set by/);
    const engines = [...view.querySelectorAll<HTMLInputElement>('input[name="engine"]')];
    expect(engines.map((radio) => radio.disabled)).toEqual([true, true]);
  });

  it('names the organisation when the policy does not say who set it, and lists managed sites', async () => {
    const view = await openWith({ displayName: 'Contoso desk', sites: ['https://crm.contoso.example/*'] });
    expect(description(field(view, 'Display name'))).toMatch(/^Set by your organisation /);
    expect(byTestId(view, 'managed-sites').textContent).toContain('https://crm.contoso.example/*');
  });

  it("saves the agent's edits and keeps the agent's own values of the locked fields", async () => {
    const view = await openWith({ managedBy: 'Contoso IT', callingHostUrl: 'https://calls.contoso.example/', confirmPageCalls: false });
    typeInto(field(view, 'Display name'), 'Sam Lee');
    click(byTestId(view, 'save'));
    await vi.waitFor(async () => expect((await storage.get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual({ ...OWN, displayName: 'Sam Lee' }));
    await vi.waitFor(() => expect(byTestId(view, 'save-status').textContent).toBe('Saved'));
    expect(field(view, 'Calling host page').value).toBe('https://calls.contoso.example/');
  });

  it('locks nothing without a policy', async () => {
    const view = await openWith({});
    expect([...view.querySelectorAll('input, select')].some((control) => (control as HTMLInputElement).disabled)).toBe(false);
    expect(view.querySelector('[data-testid="locked"]')).toBeNull();
  });
});

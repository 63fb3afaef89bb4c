import { describe, expect, it, vi } from 'vitest';
import { SiteToggle, type SiteToggleProps } from '../../../src/popup/site-toggle.tsx';
import { byTestId, click, mount } from '../popup/render.ts';

vi.mock('../../../src/platform/browser.ts', async () => (await import('../popup/i18n-stub.ts')).fakeBrowserModule());

const CRM = 'https://crm.example.com/*';

function toggleProps(overrides: Partial<SiteToggleProps> = {}): SiteToggleProps {
  return { url: 'https://crm.example.com/contacts/7', sites: [], enable: vi.fn(async () => true), disable: vi.fn(async () => {}), ...overrides };
}

const notice = (view: HTMLElement): string => byTestId(view, 'site-toggle').querySelector('[role="status"]')?.textContent ?? '';

describe('the popup site toggle', () => {
  it.each([
    ['a built-in preset', 'https://acme.zendesk.com/agent/tickets/1'],
    ['the local demo CRM', 'http://127.0.0.1:5173/'],
    ['a browser page', 'chrome://extensions/'],
    ['an unknown tab', undefined],
  ])('is hidden on %s', (_, url) => {
    const view = mount(<SiteToggle {...toggleProps({ url })} />);

    expect(view.querySelector('[data-testid="site-toggle"]')).toBeNull();
  });

  it('enables the site of the current tab from the click', async () => {
    const props = toggleProps();
    const view = mount(<SiteToggle {...props} />);
    expect(byTestId(view, 'site-toggle').textContent).toContain('Not active on https://crm.example.com');

    click(byTestId(view, 'site-enable'));

    expect(props.enable).toHaveBeenCalledWith(CRM);
    await vi.waitFor(() => expect(notice(view)).toBe('On. This page gets the controls in a moment.'));
  });

  it('says so when the agent denies the permission', async () => {
    const view = mount(<SiteToggle {...toggleProps({ enable: async () => false })} />);

    click(byTestId(view, 'site-enable'));

    await vi.waitFor(() => expect(notice(view)).toBe("Permission denied: the extension can't run there."));
  });

  it('disables every added site that covers the current one', async () => {
    const props = toggleProps({ url: 'https://eu.crm.example.com/', sites: ['https://*.crm.example.com/*', 'https://other.example.org/*'] });
    const view = mount(<SiteToggle {...props} />);
    expect(byTestId(view, 'site-toggle').textContent).toContain('Active on https://*.crm.example.com');

    click(byTestId(view, 'site-disable'));

    expect(props.disable).toHaveBeenCalledWith(['https://*.crm.example.com/*']);
    await vi.waitFor(() => expect(notice(view)).toBe('Off. Reload the page to remove the controls.'));
  });

  it('reports a failure in words', async () => {
    const view = mount(<SiteToggle {...toggleProps({ enable: () => Promise.reject(new Error('Invalid origin')) })} />);

    click(byTestId(view, 'site-enable'));

    await vi.waitFor(() => expect(notice(view)).toBe('Could not change the sites: Invalid origin'));
  });
});

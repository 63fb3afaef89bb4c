import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { ShortcutsSection, type ShortcutInfo, type ShortcutsApi } from '../../../src/options/shortcuts-section.tsx';
import { byTestId, click, mount } from '../popup/render.ts';

vi.mock('../../../src/platform/browser.ts', async () => (await import('../popup/i18n-stub.ts')).fakeBrowserModule());

const ASSIGNED: ShortcutInfo[] = [
  { name: '_execute_action', description: '', shortcut: 'Alt+Shift+O' },
  { name: 'accept-incoming', description: 'Accept the incoming call', shortcut: 'Alt+Shift+Y' },
  { name: 'transfer-selection', description: 'Transfer the call to the selected number or id', shortcut: '' },
];

function fakeCommands(commands: ShortcutInfo[] | Error) {
  const api: ShortcutsApi = {
    getAll: vi.fn(async () => {
      if (commands instanceof Error) throw commands;
      return commands;
    }),
    openShortcutSettings: vi.fn(),
  };
  return api;
}

function listed(view: HTMLElement): string[][] {
  return [...view.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent ?? ''));
}

describe('the keyboard shortcuts section', () => {
  it('lists each action with its keys, or says that none are set', async () => {
    const view = mount(<ShortcutsSection api={fakeCommands(ASSIGNED)} />);
    await vi.waitFor(() => expect(listed(view)).toHaveLength(3));
    expect(listed(view)).toEqual([
      ['Open the call console', 'Alt+Shift+O'],
      ['Accept the incoming call', 'Alt+Shift+Y'],
      ['Transfer the call to the selected number or id', 'Not set'],
    ]);
  });

  it("opens Chrome's shortcut settings, and reads the keys again on coming back", async () => {
    const api = fakeCommands(ASSIGNED);
    const view = mount(<ShortcutsSection api={api} />);
    click(byTestId(view, 'shortcuts-change'));
    expect(api.openShortcutSettings).toHaveBeenCalledOnce();
    await act(() => {
      window.dispatchEvent(new Event('focus'));
    });
    expect(api.getAll).toHaveBeenCalledTimes(2);
  });

  it('says when the shortcuts cannot be read', async () => {
    const view = mount(<ShortcutsSection api={fakeCommands(new Error('commands API missing'))} />);
    await vi.waitFor(() => expect(view.querySelector('.field__error')?.textContent).toBe('The shortcuts could not be read: commands API missing'));
  });
});

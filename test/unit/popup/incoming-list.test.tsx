import { describe, expect, it, vi } from 'vitest';
import { IncomingList } from '../../../src/popup/incoming-list.tsx';
import { call, incoming, recordingSend } from './fixtures.ts';
import { byTestId, click, mount } from './render.ts';

vi.mock('../../../src/platform/browser.ts', async () => (await import('./i18n-stub.ts')).fakeBrowserModule());

describe('incoming calls', () => {
  it('shows the caller and who transferred the call', () => {
    const { send } = recordingSend();
    const transferred = incoming({ transferredBy: { rawId: '8:acs:agent-7', displayName: 'Grace Hopper' } });
    const item = byTestId(mount(<IncomingList incoming={[transferred]} current={undefined} send={send} />), 'incoming');

    expect(item.textContent).toContain('Ada Lovelace');
    expect(item.textContent).toContain('+44 20 7946 0958');
    expect(item.textContent).toContain('Transferred by Grace Hopper');
  });

  it('accepts and declines the call by its id', () => {
    const { send, commands } = recordingSend();
    const view = mount(<IncomingList incoming={[incoming({ id: 'in-42' })]} current={undefined} send={send} />);

    click(byTestId(view, 'accept'));
    click(byTestId(view, 'decline'));

    expect(commands).toEqual([
      { type: 'accept', incomingId: 'in-42' },
      { type: 'reject', incomingId: 'in-42' },
    ]);
  });

  it('says the call the agent is on goes on hold, and asks the session for one accept', async () => {
    const { send, commands } = recordingSend();
    const view = mount(<IncomingList incoming={[incoming({ id: 'in-42' })]} current={call()} send={send} />);

    expect(byTestId(view, 'accept').textContent).toBe('Hold and accept');
    click(byTestId(view, 'accept'));

    await vi.waitFor(() => expect(commands).toHaveLength(1));
    expect(commands).toEqual([{ type: 'accept', incomingId: 'in-42' }]);
  });

  it('renders nothing while no call is ringing', () => {
    const { send } = recordingSend();

    expect(mount(<IncomingList incoming={[]} current={undefined} send={send} />).innerHTML).toBe('');
  });
});

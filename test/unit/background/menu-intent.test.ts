import { describe, expect, it } from 'vitest';
import { MENU_TRANSFER, MENU_TRANSFER_LINK, MENU_VOICEMAIL, menuIntent } from '../../../src/background/menu-intent.ts';

const TEAMS = '8:orgid:6f1c2b7a-3d4e-4f5a-9b8c-7d6e5f4a3b2c';

describe('context menu intent', () => {
  it('reads a selected number the way page controls do', () => {
    expect(menuIntent({ menuItemId: MENU_TRANSFER, selectionText: ' Call Priya: +44 20 7946 0958 ' }, undefined)).toEqual({
      ok: true,
      action: 'transfer',
      target: '4:+442079460958',
    });
  });

  it('reads national numbers with the dialling country', () => {
    expect(menuIntent({ menuItemId: MENU_TRANSFER, selectionText: '(425) 555-0187' }, 'US')).toMatchObject({ target: '4:+14255550187' });
    expect(menuIntent({ menuItemId: MENU_TRANSFER, selectionText: '(425) 555-0187' }, undefined).ok).toBe(false);
  });

  it('takes call links and Teams ids for voicemail', () => {
    expect(menuIntent({ menuItemId: MENU_TRANSFER_LINK, linkUrl: 'tel:+34912345678' }, undefined)).toMatchObject({ target: '4:+34912345678' });
    expect(menuIntent({ menuItemId: MENU_VOICEMAIL, selectionText: TEAMS }, undefined)).toEqual({ ok: true, action: 'voicemail', target: TEAMS });
  });

  it('refuses a selection that is not a target and says what was selected', () => {
    expect(menuIntent({ menuItemId: MENU_TRANSFER, selectionText: 'Order 7852220666' }, 'US')).toEqual({ ok: false, shown: 'Order 7852220666' });
  });
});

describe('a selection that is only a number', () => {
  it('is read even without separators, since the agent chose it', () => {
    expect(menuIntent({ menuItemId: MENU_TRANSFER, selectionText: '4255550187' }, 'US')).toMatchObject({ target: '4:+14255550187' });
  });
});

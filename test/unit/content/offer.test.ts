import { describe, expect, it } from 'vitest';
import { failureText, menuContent, triggerLabel } from '../../../src/content/control/offer.ts';
import { label } from './helpers.ts';

const PHONE = { rawId: '4:+14255550123', display: '+1 425 555 0123' };
const NO_CALL = { callActive: false, transferable: false, defaultCountry: '' };
const TRANSFERABLE = { callActive: true, transferable: true, defaultCountry: '' };

describe('what a control offers', () => {
  it('notes an extension that will not be dialled', () => {
    const content = menuContent({ ...PHONE, extension: '123' }, NO_CALL, label);
    expect(content.notes).toEqual(['Extension 123 is not dialled']);
    expect(content.label).toBe('Actions for +1 425 555 0123');
  });

  it('offers transfer and consult to everyone, and voicemail to Teams users only', () => {
    for (const rawId of ['4:+14255550123', '8:acs:abc_123', '8:teamsvisitor:abc123']) {
      const actions = menuContent({ rawId, display: rawId }, TRANSFERABLE, label).entries.map((entry) => entry.action);
      expect(actions).toEqual(['transfer', 'consult']);
    }
    const teams = menuContent({ rawId: '8:orgid:6f1c2a3b-1111-2222-3333-444455556666', display: 'Teams' }, TRANSFERABLE, label);
    expect(teams.entries.map((entry) => entry.text)).toEqual(['Transfer call to Teams', 'Consult first', 'Transfer to voicemail']);
  });

  it('offers only a call when there is no call', () => {
    expect(menuContent(PHONE, NO_CALL, label).entries).toEqual([{ action: 'call', text: 'Call +1 425 555 0123', enabled: true }]);
  });

  it('words labels and failures for the action', () => {
    expect(triggerLabel(PHONE, TRANSFERABLE, label)).toBe('Transfer call to +1 425 555 0123');
    expect(failureText('call', 'No microphone.', label)).toBe('Could not call: No microphone.');
    expect(failureText('voicemail', 'Busy.', label)).toBe('Could not transfer: Busy.');
  });
});

import { describe, expect, it } from 'vitest';
import { canComplete, findConsult } from '../../../src/shared/consult.ts';
import { call, snapshot, T0, TEAMS_USER, transfer } from '../popup/fixtures.ts';

const original = call({ id: 'call-1', state: 'LocalHold' });
const consultCall = call({ id: 'call-2', direction: 'Outgoing', remote: [{ rawId: TEAMS_USER, displayName: 'Sam Patel' }] });

describe('a consult transfer, as the snapshot shows it', () => {
  it('is two live calls with one of them on our hold, the older being the one to hand over', () => {
    expect(findConsult(snapshot({ calls: [original, consultCall] }))).toEqual({ original, consult: consultCall });
  });

  it('survives a switch: the older call stays the original', () => {
    const switched = [call({ id: 'call-1' }), { ...consultCall, state: 'LocalHold' as const }];

    expect(findConsult(snapshot({ calls: switched }))?.original.id).toBe('call-1');
  });

  it.each([
    ['one call', [original]],
    ['two calls, neither on hold', [call({ id: 'call-1' }), consultCall]],
    ['a consult call that has ended', [original, { ...consultCall, state: 'Disconnected' as const, endedAt: T0 }]],
    ['a consult call being hung up', [original, { ...consultCall, state: 'Disconnecting' as const }]],
    ['three calls', [original, consultCall, call({ id: 'call-3', state: 'LocalHold' })]],
  ])('is not %s', (_, calls) => {
    expect(findConsult(snapshot({ calls }))).toBeUndefined();
  });

  it('can complete once the target has answered, and not while completing', () => {
    const ringing = { ...consultCall, state: 'Ringing' as const, connectedAt: undefined };

    expect(canComplete({ original, consult: consultCall })).toBe(true);
    expect(canComplete({ original, consult: ringing })).toBe(false);
    expect(canComplete({ original: { ...original, transfer: transfer() }, consult: consultCall })).toBe(false);
  });
});

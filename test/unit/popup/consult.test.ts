import { describe, expect, it } from 'vitest';
import { cancelConsult, holdThen, switchPair } from '../../../src/popup/call-sequences.ts';
import { canComplete, completeCommand, findConsult } from '../../../src/popup/consult.ts';
import { answeringSend, call, recordingSend, snapshot, T0, TEAMS_USER, transfer } from './fixtures.ts';

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

  it('completes by transferring the original into the consult call', () => {
    expect(completeCommand({ original, consult: consultCall }, true)).toEqual({
      type: 'transfer',
      request: { callId: 'call-1', mode: 'call', target: 'call-2', hangUpOnSuccess: true },
    });
  });
});

describe('commands in order', () => {
  it('switches by holding the active call first, then resuming the held one', async () => {
    const { send, commands } = recordingSend();

    await switchPair(send, { original, consult: consultCall });

    expect(commands).toEqual([
      { type: 'hold', callId: 'call-2' },
      { type: 'resume', callId: 'call-1' },
    ]);
  });

  it('resumes nothing when the hold was refused', async () => {
    const { send, commands } = answeringSend((command) =>
      command.type === 'hold' ? { ok: false, error: { message: 'hold failed', code: 500, subCode: 41033 } } : { ok: true, value: null },
    );

    const reply = await holdThen(send, consultCall, { type: 'resume', callId: 'call-1' });

    expect(reply.ok).toBe(false);
    expect(commands).toEqual([{ type: 'hold', callId: 'call-2' }]);
  });

  it('holds nothing that is not connected', async () => {
    const { send, commands } = recordingSend();

    await holdThen(send, original, { type: 'accept', incomingId: 'in-1' });

    expect(commands).toEqual([{ type: 'accept', incomingId: 'in-1' }]);
  });

  it('cancels by hanging up the consult call, then resuming the original', async () => {
    const { send, commands } = recordingSend();

    await cancelConsult(send, { original, consult: consultCall });

    expect(commands).toEqual([
      { type: 'hangUp', callId: 'call-2' },
      { type: 'resume', callId: 'call-1' },
    ]);
  });

  it('cancels without a resume when the agent had switched back to the original already', async () => {
    const { send, commands } = recordingSend();

    await cancelConsult(send, { original: call({ id: 'call-1' }), consult: { ...consultCall, state: 'LocalHold' } });

    expect(commands).toEqual([{ type: 'hangUp', callId: 'call-2' }]);
  });
});

// The command tables (src/shared/channel.ts, src/shared/protocol.ts): what a table derives holds for
// a real channel — strict messages, senders from `from`, dispatch by name, replies parsed.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { defineChannel, dispatch, maySend, readReply, type Handlers } from '../../../src/shared/channel.ts';
import { ENGINE_COMMANDS, TO_BACKGROUND } from '../../../src/shared/protocol.ts';

const accepts = (value: unknown) => v.safeParse(ENGINE_COMMANDS.schema, value).success;

describe('a channel derived from its table', () => {
  it('accepts each command with exactly its fields', () => {
    expect(accepts({ type: 'hold', callId: 'c1' })).toBe(true);
    expect(accepts({ type: 'hold', callId: 'c1', muted: true })).toBe(false);
    expect(accepts({ type: 'hold' })).toBe(false);
    expect(accepts({ type: 'park', callId: 'c1' })).toBe(false);
  });

  it('keeps the checks inside a field: a transfer target must be a raw id unless it is a call', () => {
    const transfer = (mode: string, target: string) => ({ type: 'transfer', request: { callId: 'c1', mode, target } });
    expect(accepts(transfer('participant', 'javascript:alert(1)'))).toBe(false);
    expect(accepts(transfer('participant', '4:+14255550123'))).toBe(true);
    expect(accepts(transfer('call', 'c2'))).toBe(true);
  });

  it('lets each sender send only what its table entry names', () => {
    expect(maySend(TO_BACKGROUND, 'command', 'extensionPage')).toBe(true);
    expect(maySend(TO_BACKGROUND, 'command', 'contentScript')).toBe(false);
    expect(maySend(TO_BACKGROUND, 'pageAction', 'contentScript')).toBe(true);
    expect(maySend(TO_BACKGROUND, 'snapshot', 'extensionPage')).toBe(false);
    expect(maySend(TO_BACKGROUND, 'snapshot', 'offscreen')).toBe(true);
  });

  it('runs the handler the message names, with its context', async () => {
    const channel = defineChannel('op', {}, {
      double: { input: { n: v.number() }, reply: v.number() },
      shout: { input: { text: v.string() }, reply: v.string() },
    });
    const handlers: Handlers<typeof channel, string> = {
      double: async ({ n }) => n * 2,
      shout: async ({ text }, suffix) => `${text.toUpperCase()}${suffix}`,
    };
    expect(await dispatch(channel, handlers, { op: 'double', n: 21 }, '')).toBe(42);
    expect(await dispatch(channel, handlers, { op: 'shout', text: 'hi' }, '!')).toBe('HI!');
  });

  it('believes a reply only when its value parses as the command’s reply', () => {
    expect(readReply(ENGINE_COMMANDS, 'startCall', { ok: true, value: { callId: 'c9' } }, 'no answer')).toEqual({ ok: true, value: { callId: 'c9' } });
    expect(readReply(ENGINE_COMMANDS, 'startCall', { ok: true, value: { id: 'c9' } }, 'no answer')).toEqual({ ok: false, error: { message: 'no answer' } });
    expect(readReply(ENGINE_COMMANDS, 'hold', { ok: false, error: { message: 'Not connected', code: 409 } }, 'no answer')).toEqual({
      ok: false,
      error: { message: 'Not connected', code: 409 },
    });
    expect(readReply(ENGINE_COMMANDS, 'hold', undefined, 'no answer')).toEqual({ ok: false, error: { message: 'no answer' } });
  });
});

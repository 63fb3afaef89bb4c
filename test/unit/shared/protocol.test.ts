import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ToBackgroundSchema, ToOffscreenSchema } from '../../../src/shared/protocol.ts';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings.ts';

const accepts = (value: unknown) => v.safeParse(ToBackgroundSchema, value).success;

describe('messages to the background', () => {
  it.each([
    { to: 'background', kind: 'command', command: { type: 'hold', callId: 'c1' } },
    { to: 'background', kind: 'command', command: { type: 'setMuted', callId: 'c1', muted: true } },
    { to: 'background', kind: 'command', command: { type: 'startCall', targets: ['4:+14255550123'] } },
    {
      to: 'background',
      kind: 'command',
      command: { type: 'transfer', request: { callId: 'c1', mode: 'participant', target: '4:+442079460958' } },
    },
    { to: 'background', kind: 'command', command: { type: 'transfer', request: { callId: 'c1', mode: 'call', target: 'c2' } } },
    { to: 'background', kind: 'command', command: { type: 'simulate', scenario: 'incomingCall' } },
    { to: 'background', kind: 'pageAction', action: 'transfer', target: '4:+14255550123' },
    { to: 'background', kind: 'getPageState' },
    { to: 'background', kind: 'offscreenReady' },
    {
      to: 'background',
      kind: 'snapshot',
      snapshot: { rev: 3, engine: 'simulated', connection: 'connected', calls: [], incoming: [] },
    },
  ])('accepts %j', (message) => {
    expect(accepts(message)).toBe(true);
  });

  it.each([
    [null],
    ['transfer'],
    [{ kind: 'command', command: { type: 'hold', callId: 'c1' } }],
    [{ to: 'background', kind: 'explode' }],
    [{ to: 'background', kind: 'command', command: { type: 'hold' } }],
    [{ to: 'background', kind: 'command', command: { type: 'hold', callId: 'c1', extra: 1 } }],
    [{ to: 'background', kind: 'command', command: { type: 'hold', callId: 'x'.repeat(201) } }],
    [{ to: 'background', kind: 'command', command: { type: 'startCall', targets: [] } }],
    [{ to: 'background', kind: 'command', command: { type: 'startCall', targets: ['javascript:alert(1)'] } }],
    [{ to: 'background', kind: 'command', command: { type: 'transfer', request: { callId: 'c1', mode: 'participant', target: 'bob' } } }],
    [{ to: 'background', kind: 'command', command: { type: 'transfer', request: { callId: 'c1', mode: 'teleport', target: 'c2' } } }],
    [{ to: 'background', kind: 'pageAction', action: 'transfer', target: '+14255550123' }],
    [{ to: 'background', kind: 'pageAction', action: 'hangUp', target: '4:+14255550123' }],
    [{ to: 'background', kind: 'snapshot', snapshot: { rev: -1, engine: 'simulated', connection: 'connected', calls: [], incoming: [] } }],
    [{ to: 'background', kind: 'snapshot', snapshot: { rev: 1, engine: 'simulated', connection: 'on fire', calls: [], incoming: [] } }],
  ])('rejects %j', (message) => {
    expect(accepts(message)).toBe(false);
  });
});

describe('messages to the offscreen document', () => {
  it('accepts commands and settings, rejects settings that do not validate', () => {
    const ok = (value: unknown) => v.safeParse(ToOffscreenSchema, value).success;
    expect(ok({ to: 'offscreen', kind: 'engineCommand', command: { type: 'resume', callId: 'c1' } })).toBe(true);
    expect(ok({ to: 'offscreen', kind: 'settings', settings: DEFAULT_SETTINGS, revision: 1 })).toBe(true);
    expect(ok({ to: 'offscreen', kind: 'settings', settings: { ...DEFAULT_SETTINGS, callerId: '555' }, revision: 1 })).toBe(false);
    // A push carries its revision, which the session acknowledges (background/settings-push.ts).
    expect(ok({ to: 'offscreen', kind: 'settings', settings: DEFAULT_SETTINGS })).toBe(false);
    expect(ok({ to: 'background', kind: 'engineCommand', command: { type: 'resume', callId: 'c1' } })).toBe(false);
  });
});

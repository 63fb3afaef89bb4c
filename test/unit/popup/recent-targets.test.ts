import { describe, expect, it } from 'vitest';
import {
  addRecentTarget,
  commandTarget,
  rememberTarget,
  RECENT_TARGETS_ITEM,
  RECENT_TARGETS_KEY,
} from '../../../src/popup/recent-targets.ts';
import { readItem } from '../../../src/shared/storage-item.ts';
import { fakeSources, TEAMS_USER } from './fixtures.ts';

const target = (n: number) => ({ rawId: `4:+4420794600${String(n).padStart(2, '0')}`, display: `Target ${n}` });

describe('recent targets', () => {
  it('puts the newest first, once, and keeps ten', () => {
    const ten = Array.from({ length: 10 }, (_, n) => target(n));

    expect(addRecentTarget(ten, target(11)).map((t) => t.display)).toEqual(['Target 11', ...ten.slice(0, 9).map((t) => t.display)]);
    expect(addRecentTarget(ten, target(5)).map((t) => t.display).slice(0, 3)).toEqual(['Target 5', 'Target 0', 'Target 1']);
    expect(addRecentTarget(ten, target(5))).toHaveLength(10);
  });

  it.each([
    ['nothing stored', undefined],
    ['an object', { rawId: '4:+442079460958' }],
    ['a target that is not a raw id', [{ rawId: 'javascript:alert(1)', display: 'x' }]],
    ['more than ten', Array.from({ length: 11 }, (_, n) => target(n))],
  ])('reads %s as no recents', (_, stored) => {
    expect(readItem(RECENT_TARGETS_ITEM, stored)).toEqual([]);
  });

  it('adds to what is stored now, not to what the popup loaded', async () => {
    const { sources, items } = fakeSources([], { [RECENT_TARGETS_KEY]: [target(1)] });

    const recent = await rememberTarget(sources.storage, target(2));

    expect(recent).toEqual([target(2), target(1)]);
    expect(items[RECENT_TARGETS_KEY]).toEqual([target(2), target(1)]);
  });

  it('takes the target of calls, consults and direct transfers, but not of a transfer into another call', () => {
    expect(commandTarget({ type: 'startCall', targets: ['4:+442079460958'] })).toBe('4:+442079460958');
    expect(commandTarget({ type: 'consult', callId: 'call-1', target: TEAMS_USER })).toBe(TEAMS_USER);
    expect(commandTarget({ type: 'transfer', request: { callId: 'call-1', mode: 'voicemail', target: TEAMS_USER } })).toBe(TEAMS_USER);
    expect(commandTarget({ type: 'transfer', request: { callId: 'call-1', mode: 'call', target: 'call-2' } })).toBeUndefined();
    expect(commandTarget({ type: 'hold', callId: 'call-1' })).toBeUndefined();
  });
});

import { describe, expect, it, vi } from 'vitest';
import { describeChanges } from '../../../src/popup/announcements.ts';
import { call, incoming, snapshot, T0, transfer } from './fixtures.ts';

vi.mock('../../../src/platform/browser.ts', async () => (await import('./i18n-stub.ts')).fakeBrowserModule());

describe('what the live region announces', () => {
  it('announces nothing for the first snapshot the popup sees', () => {
    expect(describeChanges(undefined, snapshot({ calls: [call()] }))).toEqual([]);
  });

  it('announces a call connecting', () => {
    const before = snapshot({ calls: [call({ state: 'Connecting', connectedAt: undefined })] });

    expect(describeChanges(before, snapshot({ calls: [call()] }))).toEqual(['Call connected with Ada Lovelace']);
  });

  it('announces a call going on hold and coming back, as when a failed transfer gives it back', () => {
    const held = snapshot({ calls: [call({ state: 'LocalHold' })] });

    expect(describeChanges(snapshot({ calls: [call()] }), held)).toEqual(['Call with Ada Lovelace on hold']);
    expect(describeChanges(held, snapshot({ calls: [call()] }))).toEqual(['Call with Ada Lovelace resumed']);
  });

  it('announces a transfer starting, completing and the call ending', () => {
    const held = snapshot({ calls: [call({ state: 'LocalHold' })] });
    const transferring = snapshot({ calls: [call({ state: 'LocalHold', transfer: transfer() })] });
    const transferred = transfer({ state: 'Transferred' });
    const ended = snapshot({ calls: [call({ state: 'Disconnected', endedAt: T0, transfer: transferred })] });

    expect(describeChanges(held, transferring)).toEqual(['Transfer to +44 20 7946 0000 started']);
    expect(describeChanges(transferring, ended)).toEqual([
      'Transferred to +44 20 7946 0000',
      'Call with Ada Lovelace ended',
    ]);
  });

  it('announces a failed transfer with its reason', () => {
    const transferring = snapshot({ calls: [call({ transfer: transfer() })] });
    const declined = transfer({ state: 'Failed', error: { code: 603, subCode: 0 } });
    const failed = snapshot({ calls: [call({ transfer: declined })] });

    expect(describeChanges(transferring, failed)).toEqual(['Transfer failed: The target declined the call']);
  });

  it('announces a new incoming call once', () => {
    const ringing = snapshot({ incoming: [incoming()] });

    expect(describeChanges(snapshot(), ringing)).toEqual(['Incoming call from Ada Lovelace']);
    expect(describeChanges(ringing, { ...ringing, rev: 2 })).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { isAwaitingEngine, timelineOf, type TransferRequestRecord } from '../../../src/popup/transfer-requests.ts';
import { call, T0, transfer } from './fixtures.ts';

const REQUESTED_AT = T0 + 59_000;

function request(overrides: Partial<TransferRequestRecord> = {}): TransferRequestRecord {
  return { at: REQUESTED_AT, mode: 'participant', target: '4:+442079460000', previousOpId: undefined, ...overrides };
}

describe('the timeline of a call', () => {
  it('is empty for a call never transferred', () => {
    expect(timelineOf(call(), undefined)).toBeUndefined();
  });

  it('starts at the request, before the engine reports a transfer', () => {
    const model = timelineOf(call({ state: 'LocalHold' }), request());

    expect(model).toEqual({ mode: 'participant', target: '4:+442079460000', requestedAt: REQUESTED_AT });
    expect(isAwaitingEngine(model)).toBe(true);
  });

  it('does not take the outcome of an earlier transfer for the new request', () => {
    const earlier = transfer({ opId: 'op-1', state: 'Failed', error: { code: 603, subCode: 0 } });

    expect(timelineOf(call({ transfer: earlier }), request({ previousOpId: 'op-1' }))?.transfer).toBeUndefined();
  });

  it('follows the engine once it reports the transfer, from the time of the request', () => {
    const reported = transfer({ opId: 'op-2' });
    const model = timelineOf(call({ transfer: reported }), request({ previousOpId: 'op-1' }));

    expect(model).toEqual({ mode: 'participant', target: '4:+442079460000', requestedAt: REQUESTED_AT, transfer: reported });
    expect(isAwaitingEngine(model)).toBe(false);
  });

  it('starts a transfer requested elsewhere (a page control, the context menu) when the engine started it', () => {
    const fromPage = transfer({ target: '4:+442079460958' });

    expect(timelineOf(call({ transfer: fromPage }), undefined)?.requestedAt).toBe(fromPage.startedAt);
    expect(timelineOf(call({ transfer: fromPage }), request())?.requestedAt).toBe(fromPage.startedAt);
  });
});

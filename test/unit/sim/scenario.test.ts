import { describe, expect, it } from 'vitest';
import { canReceiveVoicemail, classifyRawId } from '../../../src/shared/raw-id.ts';
import { DEFAULT_SCENARIO, partyFor, setupTimeout, targetOutcome } from '../../../src/engine/sim/scenario.ts';
import { ANSWERS, DECLINES, NEVER_ANSWERS, UNKNOWN } from './harness.ts';

describe('default scenario', () => {
  it('has an ACS agent, a phone customer and a Teams colleague who can take voicemail', () => {
    expect(classifyRawId(DEFAULT_SCENARIO.self)?.kind).toBe('communicationUser');
    expect(classifyRawId(DEFAULT_SCENARIO.demoCustomer.rawId)?.kind).toBe('phoneNumber');
    expect(classifyRawId(DEFAULT_SCENARIO.caller.rawId)?.kind).toBe('phoneNumber');
    expect(canReceiveVoicemail(DEFAULT_SCENARIO.colleague.rawId)).toBe(true);
  });

  it.each([
    [ANSWERS, 'answer'],
    [DECLINES, 'decline'],
    [NEVER_ANSWERS, 'noAnswer'],
    [UNKNOWN, 'unknown'],
    [DEFAULT_SCENARIO.colleague.rawId, 'answer'],
  ])('treats %s as %s', (rawId, outcome) => {
    expect(targetOutcome(DEFAULT_SCENARIO, rawId)).toBe(outcome);
  });

  it('gives up on unanswered phone calls later than on VoIP calls (PSTN 115 s, 1:1 85 s)', () => {
    expect(setupTimeout(DEFAULT_SCENARIO, NEVER_ANSWERS)).toBe(115_000);
    expect(setupTimeout(DEFAULT_SCENARIO, DEFAULT_SCENARIO.colleague.rawId)).toBe(85_000);
  });

  it('names the parties it knows, and only those', () => {
    expect(partyFor(DEFAULT_SCENARIO, DEFAULT_SCENARIO.colleague.rawId)).toEqual(DEFAULT_SCENARIO.colleague);
    expect(partyFor(DEFAULT_SCENARIO, ANSWERS)).toEqual({ rawId: ANSWERS });
  });
});

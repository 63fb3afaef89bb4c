import { describe, expect, it } from 'vitest';
import { SimCredential } from '../../../src/engine/sim/credential.ts';

const HOUR = 3_600_000;

function credential(lifetimes: number[]) {
  let asked = 0;
  const tokenRefresher = async () => {
    const lifetime = lifetimes[asked] ?? HOUR;
    asked += 1;
    return { token: `token-${asked}`, expiresOnTimestamp: Date.now() + lifetime };
  };
  return { credential: new SimCredential({ tokenRefresher, refreshProactively: true }), asked: () => asked };
}

describe('the simulated SDK token credential', () => {
  it('serves its token while more than 10 minutes remain, and asks again inside that window', async () => {
    const fresh = credential([HOUR]);
    expect((await fresh.credential.getToken()).token).toBe('token-1');
    expect((await fresh.credential.getToken()).token).toBe('token-1');
    expect(fresh.asked()).toBe(1);

    const closeToExpiry = credential([5 * 60_000, HOUR]);
    await closeToExpiry.credential.getToken();
    expect((await closeToExpiry.credential.getToken()).token).toBe('token-2');
  });

  it('asks once for callers that come together', async () => {
    const { credential: shared, asked } = credential([HOUR]);
    await Promise.all([shared.getToken(), shared.getToken(), shared.getToken()]);
    expect(asked()).toBe(1);
  });

  it('refuses an expired token from the refresher, and any use once disposed', async () => {
    const expired = credential([-1]);
    await expect(expired.credential.getToken()).rejects.toThrow('The token returned from the tokenRefresher is expired.');

    const disposed = credential([HOUR]);
    disposed.credential.dispose();
    await expect(disposed.credential.getToken()).rejects.toThrow('User credential is disposed.');
  });
});

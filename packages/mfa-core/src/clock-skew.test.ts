import { describe, expect, it } from 'vitest';
import {
  clockHint,
  countTotpRejections,
  observeServerClock,
  serverClockOffsetMs,
} from './clock-skew.ts';

describe('the clock hint', () => {
  it('shows from the second authenticator code refused in a row', () => {
    let count = countTotpRejections(0, { isTotp: true, isRejected: true });
    expect(clockHint(count, undefined)).toBeNull();
    count = countTotpRejections(count, { isTotp: true, isRejected: false }); // network: no change
    count = countTotpRejections(count, { isTotp: true, isRejected: true });
    expect(clockHint(count, undefined)).toEqual({ skewMinutes: null, isAhead: false });
    // A refused backup code breaks the run.
    expect(countTotpRejections(count, { isTotp: false, isRejected: true })).toBe(0);
  });

  it('names the offset only beyond 30 seconds, in whole minutes', () => {
    expect(clockHint(2, 30_000)).toEqual({ skewMinutes: null, isAhead: false });
    expect(clockHint(2, 31_000)).toEqual({ skewMinutes: 1, isAhead: true });
    expect(clockHint(2, -7 * 60_000 - 10_000)).toEqual({ skewMinutes: 7, isAhead: false });
  });

  it("reads the server's Date header through the client's fetch", async () => {
    const serverTime = Date.now() - 5 * 60_000;
    const fetch = observeServerClock(async () =>
      Response.json({}, { headers: { Date: new Date(serverTime).toUTCString() } }),
    );
    await fetch('https://auth.example/users/x/mfa/verify');
    expect(Math.round((serverClockOffsetMs() ?? 0) / 60_000)).toBe(5);
  });
});

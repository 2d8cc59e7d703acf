/**
 * The hint for the commonest reason an authenticator user "can't sign in": a phone whose
 * clock drifted, so every code it shows is for another 30-second step. After the second
 * authenticator code refused in a row, the kit says how to turn on automatic time; when it
 * has seen the server's `Date` header, it can also say by how much this device's clock is off.
 */

/** Authenticator codes refused in a row before the hint shows. */
export const CLOCK_HINT_AFTER_REJECTIONS = 2;

/** A difference with the server's clock beyond this is worth naming (one TOTP step is 30 s). */
export const CLOCK_SKEW_THRESHOLD_MS = 30_000;

/**
 * The count of authenticator codes refused in a row, after one more failure: up by one for
 * a refused authenticator code, back to zero for a refused code of another kind (a backup
 * code, an emailed code), unchanged for a failure that says nothing of the code (network,
 * lockout). A success starts over from zero too (the caller resets it).
 */
export function countTotpRejections(
  count: number,
  failure: { isTotp: boolean; isRejected: boolean },
): number {
  if (!failure.isRejected) return count;
  return failure.isTotp ? count + 1 : 0;
}

/** What the hint says, or `null` when it should not show. */
export interface ClockHint {
  /** Whole minutes this device's clock is off by (at least 1), when the server's clock is known. */
  skewMinutes: number | null;
  /** The device is ahead of the server (`true`) or behind it. */
  isAhead: boolean;
}

/**
 * The hint after `totpRejections` refused authenticator codes in a row, with this device's
 * offset from the server's clock when known (`serverClockOffsetMs()`).
 */
export function clockHint(
  totpRejections: number,
  offsetMs: number | undefined = serverClockOffsetMs(),
): ClockHint | null {
  if (totpRejections < CLOCK_HINT_AFTER_REJECTIONS) return null;
  if (offsetMs === undefined || Math.abs(offsetMs) <= CLOCK_SKEW_THRESHOLD_MS) {
    return { skewMinutes: null, isAhead: false };
  }
  return {
    skewMinutes: Math.max(1, Math.round(Math.abs(offsetMs) / 60_000)),
    isAhead: offsetMs > 0,
  };
}

// This device's clock minus the server's, from the latest answer seen. One value for the
// page: it is a fact about the device, whichever client saw it.
let latestOffsetMs: number | undefined;

/**
 * How far this device's clock is ahead of the server's (negative: behind), in
 * milliseconds, from the `Date` header of the latest answer a client made with
 * `observeServerClock` saw; `undefined` before one. Cross-origin, a browser shows the
 * header only when the API sends `Access-Control-Expose-Headers: Date`.
 */
export function serverClockOffsetMs(): number | undefined {
  return latestOffsetMs;
}

/**
 * Notes the server's clock from one answer: its `Date` header (whole seconds, so the
 * offset is good to about a second) against this device's clock when it arrived.
 */
export function recordServerDate(dateHeader: string | null, now: number = Date.now()): void {
  if (!dateHeader) return;
  const serverTime = Date.parse(dateHeader);
  if (Number.isFinite(serverTime)) latestOffsetMs = now - serverTime;
}

/**
 * A `fetch` for the client that notes the server's clock from every answer, so the hint
 * can say by how much this device's clock is off:
 * `createMfaClient({ baseUrl, apiKey, fetch: observeServerClock() })`.
 */
export function observeServerClock(
  fetchImpl: typeof fetch = (...args) => globalThis.fetch(...args),
): typeof fetch {
  return async (input, init) => {
    const response = await fetchImpl(input, init);
    recordServerDate(response.headers.get('date'));
    return response;
  };
}

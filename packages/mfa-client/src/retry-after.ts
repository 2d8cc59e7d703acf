/** The longest wait the client reports: a lockout or cooldown beyond a day is not one. */
export const MAX_RETRY_AFTER = 86_400;

/**
 * Seconds to wait, from a `Retry-After` header (delay-seconds or an HTTP date) or a
 * `meta.retry_after` value (a number, or a string like the header's): always a whole
 * number from 0 to `MAX_RETRY_AFTER`, or `undefined` when neither says anything usable.
 * A usable header wins, as HTTP intends; `meta` fills in when the header is missing or
 * unreadable. Fractions round up (trying early only earns another refusal); negatives
 * and dates already past mean now; `Infinity` and absurd values mean a day.
 */
export function parseRetryAfter(
  header: string | null,
  metaValue: unknown,
  now = Date.now(),
): number | undefined {
  return seconds(header, now) ?? seconds(metaValue, now);
}

function seconds(value: unknown, now: number): number | undefined {
  let wait = typeof value === 'number' ? value : Number.NaN;
  if (typeof value === 'string' && value.trim() !== '') {
    // Numbers as servers send them beyond the RFC's digits (fractions, signs), else a date.
    wait = Number(value);
    if (Number.isNaN(wait)) wait = (Date.parse(value) - now) / 1000;
  }
  return Number.isNaN(wait) ? undefined : Math.min(MAX_RETRY_AFTER, Math.max(0, Math.ceil(wait)));
}

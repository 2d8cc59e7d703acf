/**
 * Seconds to wait, from a `Retry-After` header (delay-seconds or an HTTP date) or a
 * `meta.retry_after` value. `undefined` when neither says anything usable.
 */
export function parseRetryAfter(header: string | null, metaValue: unknown, now = Date.now()) {
  const value = header?.trim();
  if (value) {
    if (/^\d+$/.test(value)) return Number(value);
    const date = Date.parse(value);
    // A date already past means "now", not a negative wait.
    if (!Number.isNaN(date)) return Math.max(0, Math.ceil((date - now) / 1000));
  }
  const seconds = typeof metaValue === 'string' ? Number(metaValue) : metaValue;
  return typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0
    ? Math.ceil(seconds)
    : undefined;
}

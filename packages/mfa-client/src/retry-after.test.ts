import { describe, expect, test } from 'vitest';
import { MAX_RETRY_AFTER, parseRetryAfter } from './retry-after.ts';
import {
  answerError,
  answerText,
  server,
  testClient,
  USER_ID,
  useTestServer,
} from './test-utils/server.ts';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const DAY = 86_400;

describe('retryAfter is always a whole number of seconds from 0 to a day', () => {
  test.each([
    ['delay-seconds', '120', 120],
    ['zero', '0', 0],
    ['surrounding spaces', '  30 ', 30],
    ['a decimal, rounded up', '1.2', 2],
    ['a negative, which means now', '-5', 0],
    ['a huge number, capped at a day', '99999999999999999999', DAY],
    ['Infinity, capped at a day', 'Infinity', DAY],
    ['an HTTP date, as the seconds left', 'Sun, 01 Mar 2026 12:05:00 GMT', 300],
    ['an HTTP date with a part second left, rounded up', 'Sun, 01 Mar 2026 12:00:01 GMT', 1],
    ['an HTTP date already past, which means now', 'Wed, 21 Oct 2015 07:28:00 GMT', 0],
    ['an HTTP date years ahead, capped at a day', 'Fri, 01 Mar 2030 12:00:00 GMT', DAY],
  ])('the header as %s', (_label, header, expected) => {
    expect(parseRetryAfter(header, undefined, NOW)).toBe(expected);
  });

  test.each([
    ['a number', 45, 45],
    ['a decimal, rounded up', 0.4, 1],
    ['a negative, which means now', -30, 0],
    ['a huge number, capped at a day', 1e12, DAY],
    ['Infinity (what JSON 1e999 parses to), capped at a day', Number.POSITIVE_INFINITY, DAY],
    ['-Infinity, which means now', Number.NEGATIVE_INFINITY, 0],
    ['a numeric string', '45', 45],
    ['an HTTP date string', 'Sun, 01 Mar 2026 12:01:00 GMT', 60],
  ])('meta.retry_after as %s', (_label, meta, expected) => {
    expect(parseRetryAfter(null, meta, NOW)).toBe(expected);
  });

  test.each([
    ['nothing at all', null, undefined],
    ['an empty header', '', undefined],
    ['a header that is neither a number nor a date', 'soon', undefined],
    ['NaN in meta', null, Number.NaN],
    ['an object in meta', null, { seconds: 5 }],
    ['a boolean in meta', null, true],
    ['a blank string in meta', null, '  '],
  ])('%s gives undefined', (_label, header, meta) => {
    expect(parseRetryAfter(header, meta, NOW)).toBeUndefined();
  });

  describe('the header and meta.retry_after reconciled', () => {
    test('a usable header wins, whichever is longer', () => {
      expect(parseRetryAfter('30', 45, NOW)).toBe(30);
      expect(parseRetryAfter('60', 45, NOW)).toBe(60);
    });

    test('an unreadable header gives way to meta', () => {
      expect(parseRetryAfter('soon', 45, NOW)).toBe(45);
    });

    test('a header out of range is clamped, not dropped in favour of meta', () => {
      expect(parseRetryAfter('-1', 45, NOW)).toBe(0);
      expect(parseRetryAfter('1e9', 45, NOW)).toBe(DAY);
    });
  });

  test('the cap is one day', () => {
    expect(MAX_RETRY_AFTER).toBe(DAY);
  });
});

describe('over the wire', () => {
  useTestServer();

  test('meta.retry_after of 1e999 (Infinity once parsed) reaches the caller as one day', async () => {
    // JSON cannot hold Infinity, but 1e999 parses to it: answer with the raw text.
    server.use(
      answerText(
        'post',
        '/users/:id/mfa/verify',
        429,
        '{"errors":[{"code":"too_many_attempts"}],"meta":{"retry_after":1e999}}',
        'application/json',
      ),
    );

    const error = await testClient()
      .mfa.verify(USER_ID, { code: '123456' })
      .catch((e: unknown) => e);

    expect(error).toMatchObject({ status: 429, retryAfter: DAY });
  });

  test('a negative Retry-After header reaches the caller as 0', async () => {
    server.use(
      answerError(
        'post',
        '/users/:id/mfa/verify',
        429,
        { code: 'too_many_attempts' },
        { headers: { 'Retry-After': '-120' }, meta: { retry_after: 45 } },
      ),
    );

    const error = await testClient()
      .mfa.verify(USER_ID, { code: '123456' })
      .catch((e: unknown) => e);

    expect(error).toMatchObject({ status: 429, retryAfter: 0 });
  });
});

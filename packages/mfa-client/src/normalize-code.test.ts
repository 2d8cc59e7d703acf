import { describe, expect, test } from 'vitest';
import { normalizeCode } from './normalize-code.ts';

describe('normalizeCode', () => {
  test.each([
    ['a 6-digit code', '123456', '123456'],
    ['a 6-digit code pasted with a space', '123 456', '123456'],
    ['an 8-digit backup code with a dash', '1234-5678', '12345678'],
    ['a letters-and-digits backup code in lower case', 'ab12cd34', 'AB12CD34'],
    ['a backup code with spaces, tabs and a newline', ' AB12 cd34\n\t', 'AB12CD34'],
    ['a backup code with an en dash and a non-breaking space', 'ab12\u2013cd\u00a034', 'AB12CD34'],
    ['a backup code with several dashes', 'ab-12--cd-34', 'AB12CD34'],
  ])('%s: %j becomes %j', (_label, typed, expected) => {
    expect(normalizeCode(typed)).toBe(expected);
  });

  test('is idempotent', () => {
    const once = normalizeCode(' ab12-cd34 ');
    expect(normalizeCode(once)).toBe(once);
  });

  test('leaves other characters alone for the server to judge', () => {
    expect(normalizeCode('12_34.56')).toBe('12_34.56');
  });
});

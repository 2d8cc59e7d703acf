import { describe, expect, expectTypeOf, test } from 'vitest';
import {
  array,
  boolean,
  type Infer,
  Issue,
  literal,
  looseObject,
  nullable,
  number,
  object,
  optional,
  parse,
  refine,
  strictObject,
  string,
  union,
  unknown,
  validate,
} from './check.ts';

/** The first issue `value` has under `checker`, as `[path, reason, found]`. */
function issueOf(checker: Parameters<typeof validate>[0], value: unknown) {
  const checked = validate(checker, value);
  if (checked.ok) throw new Error('expected an issue, the value was accepted');
  return [checked.issue.path.join('.'), checked.issue.reason, checked.issue.found];
}

describe('primitives', () => {
  test.each([
    ['string', string, 'a', 1],
    ['number', number, 1, '1'],
    ['boolean', boolean, false, 'false'],
  ] as const)(
    '%s accepts its own kind and names it when it gets another',
    (type, checker, good, bad) => {
      expect(validate(checker, good)).toEqual({ ok: true, value: good });
      expect(issueOf(checker, bad)).toEqual(['', `expected ${type}`, true]);
      expect(issueOf(checker, undefined)).toEqual(['', `expected ${type}`, false]);
    },
  );

  test('unknown keeps anything as it is', () => {
    const value = { any: ['thing'] };
    expect(parse(unknown, value)).toBe(value);
  });

  test('literal accepts only the values it lists', () => {
    const channel = literal('totp', 'email');
    expect(parse(channel, 'email')).toBe('email');
    expect(issueOf(channel, 'sms')).toEqual(['', 'unexpected value', true]);
    expect(issueOf(literal(true), 'true')).toEqual(['', 'unexpected value', true]);
    expect(parse(literal(null), null)).toBeNull();
    expectTypeOf<Infer<typeof channel>>().toEqualTypeOf<'totp' | 'email'>();
  });
});

describe('optional and nullable are different things', () => {
  test('optional: absent is fine, null is not', () => {
    const checker = object({ name: optional(string) });
    expect(parse(checker, {})).toStrictEqual({});
    expect(issueOf(checker, { name: null })).toEqual(['name', 'expected string', true]);
  });

  test('nullable: null is fine, absent is not', () => {
    const checker = object({ name: nullable(string) });
    expect(parse(checker, { name: null })).toStrictEqual({ name: null });
    expect(issueOf(checker, {})).toEqual(['name', 'expected string', false]);
  });

  test('optional keys are optional in the type; a left-out key is not in the result', () => {
    const checker = object({ a: string, b: optional(nullable(number)) });
    expectTypeOf<Infer<typeof checker>>().toEqualTypeOf<{
      a: string;
      b?: number | null | undefined;
    }>();
    expect('b' in parse(checker, { a: 'x' })).toBe(false);
  });
});

describe('objects', () => {
  const user = object({ id: string, profile: object({ emails: array(string) }) });

  test('the path names the first bad field, nested objects and array indexes included', () => {
    expect(issueOf(user, { id: 'u', profile: { emails: ['a@b.c', 7, 8] } })).toEqual([
      'profile.emails.1',
      'expected string',
      true,
    ]);
    expect(issueOf(user, { id: 'u' })).toEqual(['profile', 'expected object', false]);
  });

  test('keys are checked in the order the shape declares them', () => {
    expect(issueOf(user, { profile: 1 })).toEqual(['id', 'expected string', false]);
  });

  test.each([
    ['null', null],
    ['an array', []],
    ['a string', '{}'],
  ])('%s is not an object', (_label, value) => {
    expect(issueOf(user, value)).toEqual(['', 'expected object', true]);
  });

  test('object tolerates unknown keys and leaves them out of the result', () => {
    expect(parse(user, { id: 'u', profile: { emails: [] }, added: 'tomorrow' })).toStrictEqual({
      id: 'u',
      profile: { emails: [] },
    });
  });

  test('looseObject tolerates unknown keys and keeps them', () => {
    const attributes = looseObject({ email: string });
    const kept = parse(attributes, { email: 'a@b.c', first_name: 'Ada' });
    expect(kept).toStrictEqual({ email: 'a@b.c', first_name: 'Ada' });
    expectTypeOf(kept.first_name).toEqualTypeOf<unknown>();
  });

  test('strictObject names the first key it does not know', () => {
    expect(issueOf(strictObject({ a: string }), { a: 'x', b: 1 })).toEqual([
      'b',
      'unexpected key',
      true,
    ]);
  });
});

describe('unions', () => {
  const enable = union(object({ totp_code: string }), object({ channel: literal('email') }));

  test('the first branch that accepts wins; the result type is either', () => {
    expect(parse(enable, { channel: 'email', extra: 1 })).toStrictEqual({ channel: 'email' });
    expectTypeOf<Infer<typeof enable>>().toEqualTypeOf<
      { totp_code: string } | { channel: 'email' }
    >();
  });

  test('when none does, a wrong field that was sent beats a missing one', () => {
    expect(issueOf(enable, { channel: 'totp' })).toEqual(['channel', 'unexpected value', true]);
    expect(issueOf(enable, { totp_code: 123456 })).toEqual(['totp_code', 'expected string', true]);
  });

  test('with nothing sent, the first branch speaks', () => {
    expect(issueOf(enable, {})).toEqual(['totp_code', 'expected string', false]);
  });

  test('then the deeper issue', () => {
    const deep = union(object({ a: object({ b: string }) }), object({ c: string }));
    expect(issueOf(deep, { a: {} })).toEqual(['a.b', 'expected string', false]);
  });

  test('a bug inside a checker is not taken for a failed branch', () => {
    const broken = union(() => {
      throw new RangeError('bug');
    }, string);
    expect(() => validate(broken, 'x')).toThrow(RangeError);
  });
});

describe('refine', () => {
  const uri = refine(string, (value) => value.startsWith('otpauth://'), 'expected an otpauth URI');

  test('runs after its checker, and reports at the value', () => {
    expect(issueOf(uri, 42)).toEqual(['', 'expected string', true]);
    expect(issueOf(uri, 'https://x')).toEqual(['', 'expected an otpauth URI', true]);
  });

  test('or at a named key, as a missing field is reported', () => {
    const status = refine(
      object({ enabled: optional(boolean), mfa_enabled: optional(boolean) }),
      (value) => value.enabled !== undefined || value.mfa_enabled !== undefined,
      'expected boolean',
      'mfa_enabled',
    );
    expect(issueOf(status, {})).toEqual(['mfa_enabled', 'expected boolean', false]);
    expect(parse(status, { enabled: true })).toStrictEqual({ enabled: true });
  });
});

describe('errors never carry the value', () => {
  test('an issue holds a path and a reason only', () => {
    const secret = 'hunter2-secret';
    const checked = validate(object({ password: number }), { password: secret });
    expect(checked.ok).toBe(false);
    expect(JSON.stringify(checked)).not.toContain(secret);
    expect(!checked.ok && checked.issue).toBeInstanceOf(Issue);
  });

  test('parse throws a TypeError naming the path and the reason', () => {
    expect(() => parse(object({ a: array(string) }), { a: ['x', 'leaked'.length] })).toThrow(
      new TypeError('a.1: expected string'),
    );
    expect(() => parse(string, 7)).toThrow(new TypeError('(root): expected string'));
  });
});

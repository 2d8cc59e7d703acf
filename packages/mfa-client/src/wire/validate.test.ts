import { describe, expect, test } from 'vitest';
import * as z from 'zod/mini';
import { parse, refined, validate, type WireSchema } from './validate.ts';

// How a zod verdict reads as the kit's one issue: the path of the first bad field, a short
// reason, and whether something was there. MfaResponseError and the mock's 422 pointers
// are built from it.

/** The first issue `value` has under `schema`, as `[path, reason, found]`. */
function issueOf(schema: WireSchema, value: unknown) {
  const checked = validate(schema, value);
  if (checked.ok) throw new Error('expected an issue, the value was accepted');
  return [checked.issue.path.join('.'), checked.issue.reason, checked.issue.found];
}

describe('reasons', () => {
  test.each([
    ['string', z.string(), 1],
    ['number', z.number(), '1'],
    ['boolean', z.boolean(), 'false'],
    ['object', z.object({}), []],
    ['array', z.array(z.string()), {}],
  ] as const)(
    'a wrong type is "expected %s", and says something was there',
    (type, schema, bad) => {
      expect(issueOf(schema, bad)).toEqual(['', `expected ${type}`, true]);
      expect(issueOf(schema, undefined)).toEqual(['', `expected ${type}`, false]);
    },
  );

  test('a value outside an enum or literal is "unexpected value"', () => {
    expect(issueOf(z.enum(['totp', 'email']), 'sms')).toEqual(['', 'unexpected value', true]);
    expect(issueOf(z.literal(true), 'true')).toEqual(['', 'unexpected value', true]);
  });

  test('a strict object names the first key it does not know', () => {
    expect(issueOf(z.strictObject({ a: z.string() }), { a: 'x', b: 1 })).toEqual([
      'b',
      'unexpected key',
      true,
    ]);
  });

  test('optional: absent is fine, null is not; nullable: the other way round', () => {
    const optional = z.object({ name: z.optional(z.string()) });
    const nullable = z.object({ name: z.nullable(z.string()) });
    expect(parse(optional, {})).toStrictEqual({});
    expect(issueOf(optional, { name: null })).toEqual(['name', 'expected string', true]);
    expect(parse(nullable, { name: null })).toStrictEqual({ name: null });
    expect(issueOf(nullable, {})).toEqual(['name', 'expected string', false]);
  });
});

describe('paths', () => {
  const user = z.object({ id: z.string(), profile: z.object({ emails: z.array(z.string()) }) });

  test('name the first bad field, nested objects and array indexes included', () => {
    expect(issueOf(user, { id: 'u', profile: { emails: ['a@b.c', 7, 8] } })).toEqual([
      'profile.emails.1',
      'expected string',
      true,
    ]);
  });

  test('keys are checked in the order the shape declares them', () => {
    expect(issueOf(user, { profile: 1 })).toEqual(['id', 'expected string', false]);
  });
});

describe('unions: the issue the sender most likely meant', () => {
  const enable = z.union([
    z.object({ totp_code: z.string() }),
    z.object({ channel: z.literal('email') }),
  ]);

  test('a wrong field that was sent beats a missing one', () => {
    expect(issueOf(enable, { channel: 'totp' })).toEqual(['channel', 'unexpected value', true]);
    expect(issueOf(enable, { totp_code: 123456 })).toEqual(['totp_code', 'expected string', true]);
  });

  test('with nothing sent, the first branch speaks', () => {
    expect(issueOf(enable, {})).toEqual(['totp_code', 'expected string', false]);
  });

  test('then the deeper issue, with its full path under the union', () => {
    const deep = z.object({
      at: z.union([z.object({ a: z.object({ b: z.string() }) }), z.object({ c: z.string() })]),
    });
    expect(issueOf(deep, { at: { a: {} } })).toEqual(['at.a.b', 'expected string', false]);
  });
});

describe('refined', () => {
  const uri = refined(z.string(), (value) => value.startsWith('otpauth://'), 'expected a URI');

  test('runs after its schema, and reports at the value', () => {
    expect(issueOf(uri, 42)).toEqual(['', 'expected string', true]);
    expect(issueOf(uri, 'https://x')).toEqual(['', 'expected a URI', true]);
  });

  test('or at a named key, as a missing field is reported', () => {
    const status = refined(
      z.object({ enabled: z.optional(z.boolean()), mfa_enabled: z.optional(z.boolean()) }),
      (value) => value.enabled !== undefined || value.mfa_enabled !== undefined,
      'expected boolean',
      'mfa_enabled',
    );
    expect(issueOf(status, {})).toEqual(['mfa_enabled', 'expected boolean', false]);
    expect(parse(status, { enabled: true })).toStrictEqual({ enabled: true });
  });
});

describe('never the value', () => {
  test('an issue holds a path, a reason and whether something was there', () => {
    const secret = 'hunter2-secret';
    const checked = validate(z.object({ password: z.number() }), { password: secret });
    expect(checked.ok).toBe(false);
    expect(JSON.stringify(checked)).not.toContain(secret);
  });

  test('parse throws a TypeError naming the path and the reason', () => {
    expect(() => parse(z.object({ a: z.array(z.string()) }), { a: ['x', 6] })).toThrow(
      new TypeError('a.1: expected string'),
    );
    expect(() => parse(z.string(), 7)).toThrow(new TypeError('(root): expected string'));
  });
});

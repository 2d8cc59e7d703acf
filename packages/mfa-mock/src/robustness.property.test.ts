import { errorDocumentSchema, validate } from '@authblock/mfa-client/schemas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMockBackend } from './backend.ts';
import { API_ROUTES } from './routes/table.ts';
import { BASE, DEMO, START } from './test-utils/harness.ts';

const backend = createMockBackend({ baseUrl: BASE, clock: { now: () => START } });

const jsonValue = fc.jsonValue({ maxDepth: 3 });
const field = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.integer(),
  fc.constant(null),
  fc.boolean(),
  jsonValue,
  fc.constantFrom('totp', 'email', DEMO.email, DEMO.password, '123456', 'ABCD2345'),
);
const objectBody = fc.dictionary(
  fc.constantFrom(
    'channel',
    'totp_code',
    'password',
    'code',
    'email',
    'mfa_code',
    'advance_seconds',
    '__proto__',
    'x',
  ),
  field,
  { maxKeys: 4 },
);
const body = fc.oneof(
  { arbitrary: objectBody.map((value) => JSON.stringify(value)), weight: 6 },
  { arbitrary: jsonValue.map((value) => JSON.stringify(value)), weight: 2 },
  { arbitrary: fc.constantFrom('null', '[]', '"text"', '7', 'true'), weight: 2 },
  { arbitrary: fc.constant(undefined), weight: 1 },
  { arbitrary: fc.string({ maxLength: 200 }), weight: 1 },
  { arbitrary: fc.constant('{"a":'), weight: 1 },
  { arbitrary: fc.constant('x'.repeat(20_000)), weight: 1 },
);
const segment = fc.oneof(
  { arbitrary: fc.string({ maxLength: 12 }).map(encodeURIComponent), weight: 6 },
  // Raw escapes that do not decode: URL parsers keep them, decoders throw on them.
  { arbitrary: fc.constantFrom('%', '%ZZ', '%E0%A4%A', 'a%2', '%C3%28'), weight: 1 },
);
const templates = [
  ...API_ROUTES.map((route) => route.split(' ')[1] ?? '/'),
  '/__mock/mailbox',
  '/__mock/clock',
  '/__mock/users',
  '/__mock/events',
  '/users/:id/mfa/:x',
  '/auth/passwordless/:x',
];
const anyMethod = fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS');
const userId = fc.oneof(
  { arbitrary: fc.constant(DEMO.id), weight: 4 },
  { arbitrary: segment, weight: 1 },
);
const fill = (template: string, id: string, x: string) =>
  template.replace(':id', id).replace(':x', x);
/** Mostly the contract's own routes and methods, so bodies reach validation and logic. */
const target = fc.oneof(
  {
    arbitrary: fc.tuple(fc.constantFrom(...API_ROUTES), userId).map(([route, id]) => {
      const [verb = 'GET', template = '/'] = route.split(' ');
      return { verb, route: fill(template, id, '') };
    }),
    weight: 8,
  },
  {
    arbitrary: fc
      .tuple(anyMethod, fc.constantFrom(...templates), userId, segment)
      .map(([verb, template, id, x]) => ({ verb, route: fill(template, id, x) })),
    weight: 2,
  },
  {
    arbitrary: fc
      .tuple(anyMethod, fc.array(segment, { maxLength: 4 }))
      .map(([verb, parts]) => ({ verb, route: `/${parts.join('/')}` })),
    weight: 1,
  },
);
const header = (valid: string) =>
  fc.oneof(
    { arbitrary: fc.constant(valid), weight: 5 },
    { arbitrary: fc.constant(undefined), weight: 1 },
    { arbitrary: fc.string({ maxLength: 40 }), weight: 1 },
  );

describe('robustness', () => {
  it('never answers 5xx, and every error is a JSON:API error document', async () => {
    await backend.enableMfaFor(DEMO.email, 'totp');
    const token = await backend.issueToken(DEMO.email);
    const headerSafe = (value: string) => value.replace(/[^\t\x20-\x7e]/g, '');
    await fc.assert(
      fc.asyncProperty(
        target,
        body,
        header('pk_test_mock'),
        header(`Bearer ${token}`),
        fc.oneof(
          fc.constant('application/json'),
          fc.constant('text/plain'),
          fc.string({ maxLength: 20 }),
        ),
        async ({ verb, route }, payload, apiKey, authorization, contentType) => {
          const headers = new Headers();
          if (apiKey !== undefined) headers.set('X-API-Key', headerSafe(apiKey));
          if (authorization !== undefined) headers.set('Authorization', headerSafe(authorization));
          headers.set('Content-Type', headerSafe(contentType));
          const hasBody = payload !== undefined && verb !== 'GET' && verb !== 'HEAD';
          const response = await backend.fetch(
            new Request(`${BASE}${route}`, {
              method: verb,
              headers,
              ...(hasBody ? { body: payload } : {}),
            }),
          );
          expect(response.status).toBeLessThan(500);
          if (response.status >= 400 && verb !== 'HEAD') {
            const document = await response.json();
            expect(validate(errorDocumentSchema, document).ok).toBe(true);
            expect(document.errors[0]).toMatchObject({
              status: String(response.status),
              code: expect.any(String),
              title: expect.any(String),
              detail: expect.any(String),
            });
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

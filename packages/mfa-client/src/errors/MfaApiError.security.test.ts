import { HttpResponse, http } from 'msw';
import { expect, test } from 'vitest';
import { BASE_URL, server, testClient, useTestServer } from '../test-utils/server.ts';
import { isMfaApiError } from './guards.ts';
import { MAX_CODE, MAX_TITLE } from './MfaApiError.ts';

useTestServer();

// A server that repeats what it was sent in its error words: the classic
// "Unknown account <what you typed>" answer.
function echoEmailIntoErrors() {
  server.use(
    http.post(`${BASE_URL}/auth/sign_in`, async ({ request }) => {
      const { email } = (await request.json()) as { email: string };
      return HttpResponse.json(
        { errors: [{ status: '401', code: `bad_${email}`, title: `Unknown account ${email}` }] },
        { status: 401 },
      );
    }),
  );
}

const signInAs = (email: string) =>
  testClient()
    .auth.signIn({ email, password: 'pw' })
    .catch((e: unknown) => e);

test('echoed request text reaches the message on one line, escaped', async () => {
  echoEmailIntoErrors();
  const forged = 'a@b.c\n2026-03-01T12:00:00Z INFO admin signed in\r\u001b[2J\u202eevil';

  const error = await signInAs(forged);

  expect(isMfaApiError(error)).toBe(true);
  const { message, title } = error as Error & { title: string };
  for (const raw of ['\n', '\r', '\u001b', '\u202e']) expect(message).not.toContain(raw);
  expect(message).toContain(
    'a@b.c\\u000a2026-03-01T12:00:00Z INFO admin signed in\\u000d\\u001b[2J\\u202eevil',
  );
  // The field keeps the server's own words, for a caller who wants them.
  expect(title).toBe(`Unknown account ${forged}`);
});

test('echoed request text reaches the message cut to a length cap', async () => {
  echoEmailIntoErrors();
  const long = `${'x'.repeat(10_000)}@example.com`;

  const error = await signInAs(long);

  const { message, code, title } = error as Error & { code: string; title: string };
  const prefix = 'POST /auth/sign_in answered 401 ';
  expect(message.startsWith(prefix)).toBe(true);
  expect(message.length).toBeLessThanOrEqual(prefix.length + MAX_CODE + ': '.length + MAX_TITLE);
  expect(message).toMatch(/^POST \/auth\/sign_in answered 401 bad_x+…: Unknown account x+…$/);
  expect([code.length, title.length]).toEqual([long.length + 4, long.length + 16]);
});

test('an ordinary title is left exactly as the server wrote it', async () => {
  server.use(
    http.post(`${BASE_URL}/auth/sign_in`, () =>
      HttpResponse.json(
        {
          errors: [{ code: 'invalid_credentials', title: 'Invalid email or password — try again' }],
        },
        { status: 401 },
      ),
    ),
  );

  const error = await signInAs('a@b.c');

  expect((error as Error).message).toBe(
    'POST /auth/sign_in answered 401 invalid_credentials: Invalid email or password — try again',
  );
});

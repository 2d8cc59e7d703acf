// The backend tells its own time in `Date`, so a client can tell a person how far their
// device's clock is off (the authenticator clock hint); `/__mock/clock` moves it.
import { expect, it } from 'vitest';
import { createHarness, START } from './test-utils/harness.ts';

it("answers every route with the backend's clock in Date, moved by /__mock/clock", async () => {
  const h = createHarness();
  const before = await h.call('POST', '/auth/sign_in', {
    body: { email: 'x@example.com', password: 'nope' },
  });
  expect(Date.parse(before.headers.get('date') ?? '')).toBe(Math.floor(START / 1000) * 1000);

  await h.call('POST', '/__mock/clock', { apiKey: null, body: { advance_seconds: 300 } });
  const after = await h.call('GET', '/users/usr_demo/mfa/status');
  expect(Date.parse(after.headers.get('date') ?? '')).toBe(
    Math.floor(START / 1000) * 1000 + 300_000,
  );
});

import { describe, expect, test } from 'vitest';
import {
  BACKUP_CODES,
  emailSetupBody,
  QR_CODE_URI,
  statusBody,
  TOTP_SECRET,
  totpSetupBody,
  verificationBody,
} from '../test-utils/fixtures.ts';
import {
  answerJson,
  recordRequests,
  server,
  settle,
  testClient,
  USER_ID,
  useTestServer,
} from '../test-utils/server.ts';

useTestServer();
const seen = recordRequests();

describe('mfa.setup', () => {
  test('TOTP: returns the secret, the otpauth URI and the backup codes in camelCase', async () => {
    server.use(answerJson('post', '/users/:id/mfa/setup', totpSetupBody));

    const setup = await testClient().mfa.setup(USER_ID, { channel: 'totp' });

    expect(setup).toEqual({
      channel: 'totp',
      secret: TOTP_SECRET,
      qrCodeUri: QR_CODE_URI,
      backupCodes: BACKUP_CODES,
    });
    await settle();
    expect(seen[0]?.method).toBe('POST');
    expect(seen[0]?.url.pathname).toBe(`/users/${USER_ID}/mfa/setup`);
    expect(seen[0]?.body).toEqual({ channel: 'totp' });
  });

  test('email: returns the backup codes, where the code went and how long it lasts', async () => {
    server.use(answerJson('post', '/users/:id/mfa/setup', emailSetupBody));

    const setup = await testClient().mfa.setup(USER_ID, { channel: 'email' });

    expect(setup).toEqual({
      channel: 'email',
      backupCodes: BACKUP_CODES,
      sentTo: 'u***@example.com',
      expiresIn: 600,
    });
    await settle();
    expect(seen[0]?.body).toEqual({ channel: 'email' });
  });

  test('email: leaves out sentTo and expiresIn when the server does not send them', async () => {
    const {
      sent_to: _sentTo,
      expires_in: _expiresIn,
      ...attributes
    } = emailSetupBody.data.attributes;
    server.use(
      answerJson('post', '/users/:id/mfa/setup', { data: { ...emailSetupBody.data, attributes } }),
    );

    const setup = await testClient().mfa.setup(USER_ID, { channel: 'email' });

    expect(setup).toStrictEqual({ channel: 'email', backupCodes: BACKUP_CODES });
  });
});

describe('mfa.enable', () => {
  test('TOTP: sends the app code as totp_code, normalised, and returns the status', async () => {
    server.use(
      answerJson('post', '/users/:id/mfa/enable', statusBody({ backup_codes_remaining: 10 })),
    );

    const status = await testClient().mfa.enable(USER_ID, { totpCode: ' 123 456 ' });

    expect(status).toEqual({
      userId: USER_ID,
      enabled: true,
      channel: 'totp',
      backupCodesRemaining: 10,
    });
    await settle();
    expect(seen[0]?.url.pathname).toBe(`/users/${USER_ID}/mfa/enable`);
    expect(seen[0]?.body).toEqual({ totp_code: '123456' });
  });

  test('email: sends { channel: "email" } after the emailed code was verified', async () => {
    server.use(answerJson('post', '/users/:id/mfa/enable', statusBody({ mfa_channel: 'email' })));

    const status = await testClient().mfa.enable(USER_ID, { channel: 'email' });

    expect(status.channel).toBe('email');
    await settle();
    expect(seen[0]?.body).toEqual({ channel: 'email' });
  });
});

describe('mfa.disable', () => {
  test('sends the password untouched and returns the status with MFA off', async () => {
    server.use(
      answerJson(
        'post',
        '/users/:id/mfa/disable',
        statusBody({ mfa_enabled: false, mfa_channel: null, backup_codes_remaining: 0 }),
      ),
    );

    const status = await testClient().mfa.disable(USER_ID, { password: ' Pass-word 123 ' });

    expect(status).toEqual({
      userId: USER_ID,
      enabled: false,
      channel: null,
      backupCodesRemaining: 0,
    });
    await settle();
    // Passwords are not codes: spaces, dashes and case are the user's.
    expect(seen[0]?.body).toEqual({ password: ' Pass-word 123 ' });
  });
});

describe('mfa.verify', () => {
  test('sends the code and returns the method and the backup codes left', async () => {
    server.use(answerJson('post', '/users/:id/mfa/verify', verificationBody));

    const result = await testClient().mfa.verify(USER_ID, { code: '12345678' });

    expect(result).toEqual({ valid: true, method: 'backup_code', backupCodesRemaining: 8 });
    await settle();
    expect(seen[0]?.url.pathname).toBe(`/users/${USER_ID}/mfa/verify`);
    expect(seen[0]?.body).toEqual({ code: '12345678' });
  });

  test.each([
    ['digits with spaces', '1234 5678', '12345678'],
    ['digits with a dash', '1234-5678', '12345678'],
    ['lower-case letters and digits with a dash', 'ab12-cd34', 'AB12CD34'],
    ['mixed case with spaces around', '  aB12 Cd34\t', 'AB12CD34'],
    ['an en dash pasted from a document', 'AB12–CD34', 'AB12CD34'],
  ])('normalises a backup code typed as %s', async (_label, typed, sent) => {
    server.use(answerJson('post', '/users/:id/mfa/verify', verificationBody));

    await testClient().mfa.verify(USER_ID, { code: typed });

    await settle();
    expect(seen[0]?.body).toEqual({ code: sent });
  });
});

describe('mfa.status', () => {
  test('reads the state with GET and no body', async () => {
    server.use(
      answerJson(
        'get',
        '/users/:id/mfa/status',
        statusBody({ mfa_channel: 'email', backup_codes_remaining: 3 }),
      ),
    );

    const status = await testClient().mfa.status(USER_ID);

    expect(status).toEqual({
      userId: USER_ID,
      enabled: true,
      channel: 'email',
      backupCodesRemaining: 3,
    });
    await settle();
    expect(seen[0]?.method).toBe('GET');
    expect(seen[0]?.body).toBeUndefined();
  });
});

describe('user ids in paths', () => {
  test('are URL-encoded so an id stays one path segment', async () => {
    server.use(answerJson('get', '/users/:id/mfa/status', statusBody()));

    await testClient().mfa.status('usr/../admin?x=1#y');

    expect(seen[0]?.url.pathname).toBe('/users/usr%2F..%2Fadmin%3Fx%3D1%23y/mfa/status');
    expect(seen[0]?.url.search).toBe('');
  });

  test.each(['', '.', '..'])('refuses %j, which the URL parser would resolve away', async (id) => {
    await expect(testClient().mfa.status(id)).rejects.toThrow(TypeError);
    expect(seen).toHaveLength(0);
  });
});

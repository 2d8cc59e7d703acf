import { describe, expectTypeOf, test } from 'vitest';
import type {
  AuthTokens,
  AuthUser,
  MfaChannel,
  MfaClient,
  MfaErrorCode,
  MfaSetup,
  MfaStatus,
  SignInResult,
} from './index.ts';
import { createMfaClient, isMfaApiError, MFA_ERROR_CODES } from './index.ts';

describe('the sign-in result', () => {
  test('narrows on status to the MFA step or the signed-in user', () => {
    const result = {} as SignInResult;

    if (result.status === 'mfa_required') {
      // The reference's server names neither: the type says so instead of inventing them.
      expectTypeOf(result.userId).toEqualTypeOf<string | undefined>();
      expectTypeOf(result.channel).toEqualTypeOf<MfaChannel | 'unknown'>();
      expectTypeOf(result.sentTo).toEqualTypeOf<string | undefined>();
      // @ts-expect-error no user before the second factor
      result.user;
      // @ts-expect-error no tokens before the second factor
      result.tokens;
    } else {
      expectTypeOf(result.status).toEqualTypeOf<'signed_in'>();
      expectTypeOf(result.user).toEqualTypeOf<AuthUser>();
      expectTypeOf(result.tokens).toEqualTypeOf<AuthTokens>();
      // @ts-expect-error the MFA fields are gone once signed in
      result.userId;
    }
  });

  test('signIn and verifyPasswordless both resolve to it', () => {
    const client = {} as MfaClient;
    expectTypeOf(client.auth.signIn).returns.resolves.toEqualTypeOf<SignInResult>();
    expectTypeOf(client.auth.verifyPasswordless).returns.resolves.toEqualTypeOf<SignInResult>();
  });
});

describe('the status result', () => {
  test('the channel is null while off, and may be unknown while on', () => {
    const status = {} as MfaStatus;
    expectTypeOf(status.channel).toEqualTypeOf<MfaChannel | 'unknown' | null>();
    expectTypeOf(status.backupCodesRemaining).toEqualTypeOf<number | undefined>();
  });
});

describe('the setup result', () => {
  test('narrows on channel: only TOTP has the secret and QR URI', () => {
    const setup = {} as MfaSetup;
    expectTypeOf(setup.backupCodes).toEqualTypeOf<string[]>();

    if (setup.channel === 'totp') {
      expectTypeOf(setup.secret).toEqualTypeOf<string>();
      expectTypeOf(setup.qrCodeUri).toEqualTypeOf<string>();
    } else {
      expectTypeOf(setup.channel).toEqualTypeOf<'email'>();
      expectTypeOf(setup.sentTo).toEqualTypeOf<string | undefined>();
      // @ts-expect-error an emailed setup has no secret
      setup.secret;
    }
  });
});

describe('inputs', () => {
  test('enable takes a TOTP code or the email channel, nothing else', () => {
    const client = {} as MfaClient;
    expectTypeOf(client.mfa.enable).toBeCallableWith('usr_1', { totpCode: '123456' });
    expectTypeOf(client.mfa.enable).toBeCallableWith('usr_1', { channel: 'email' });
    // @ts-expect-error the TOTP channel is enabled with a code
    client.mfa.enable('usr_1', { channel: 'totp' });
  });

  test('step two takes a code or a backup code, not both', () => {
    const client = {} as MfaClient;
    const credentials = { email: 'a@example.com', password: 'p' };
    expectTypeOf(client.auth.signIn).toBeCallableWith({ ...credentials, mfaCode: '123456' });
    expectTypeOf(client.auth.signIn).toBeCallableWith({ ...credentials, backupCode: 'AB12CD34' });
    // @ts-expect-error one second factor at a time
    client.auth.signIn({ ...credentials, mfaCode: '123456', backupCode: 'AB12CD34' });
    expectTypeOf(client.mfa.verify).toBeCallableWith('usr_1', { backupCode: 'AB12CD34' });
  });

  test("the API reference's optional request parts are typed", () => {
    const client = {} as MfaClient;
    const credentials = { email: 'a@example.com', password: 'p' };
    expectTypeOf(createMfaClient).toBeCallableWith({
      baseUrl: 'https://x',
      apiKey: 'k',
      deviceId: 'device-1',
    });
    expectTypeOf(client.auth.signIn).toBeCallableWith({ ...credentials, recaptchaToken: 't' });
    expectTypeOf(client.auth.requestPasswordless).toBeCallableWith({
      email: 'a@b.c',
      recaptchaToken: 't',
    });
    expectTypeOf(client.auth.verifyPasswordless).toBeCallableWith({
      email: 'a@b.c',
      code: '123456',
      backupCode: 'AB12CD34',
      recaptchaToken: 't',
    });
    expectTypeOf(client.mfa.setup).toBeCallableWith('usr_1', { channel: 'totp', regenerate: true });
    // @ts-expect-error regenerate is a boolean; the client writes the reference's string
    client.mfa.setup('usr_1', { channel: 'totp', regenerate: 'true' });
  });

  test('the dialect option names one of the two documents', () => {
    expectTypeOf(createMfaClient).toBeCallableWith({
      baseUrl: 'https://x',
      apiKey: 'k',
      dialect: 'reference',
      oauthMode: true,
    });
    // @ts-expect-error only 'guide' or 'reference'
    createMfaClient({ baseUrl: 'https://x', apiKey: 'k', dialect: 'v2' });
  });

  test('createMfaClient needs a baseUrl and an apiKey', () => {
    expectTypeOf(createMfaClient).toBeCallableWith({ baseUrl: 'https://x', apiKey: 'k' });
    // @ts-expect-error apiKey is required
    createMfaClient({ baseUrl: 'https://x' });
  });
});

describe('errors', () => {
  test('the guard narrows to MfaApiError; its code accepts known and unknown codes', () => {
    const error: unknown = null;
    if (isMfaApiError(error)) {
      expectTypeOf(error.status).toEqualTypeOf<number>();
      expectTypeOf(error.code).toEqualTypeOf<MfaErrorCode>();
      expectTypeOf(error.retryAfter).toEqualTypeOf<number | undefined>();
      expectTypeOf(error.serverCode).toEqualTypeOf<string | undefined>();
      expectTypeOf(error.remainingAttempts).toEqualTypeOf<number | undefined>();
    }
    expectTypeOf(MFA_ERROR_CODES.INVALID_MFA_CODE).toEqualTypeOf<'invalid_mfa_code'>();
    expectTypeOf<'some_future_code'>().toExtend<MfaErrorCode>();
  });
});

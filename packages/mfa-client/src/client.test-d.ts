import { describe, expectTypeOf, test } from 'vitest';
import type {
  AuthTokens,
  AuthUser,
  MfaChannel,
  MfaClient,
  MfaErrorCode,
  MfaSetup,
  SignInResult,
} from './index.ts';
import { createMfaClient, isMfaApiError, MFA_ERROR_CODES } from './index.ts';

describe('the sign-in result', () => {
  test('narrows on status to the MFA step or the signed-in user', () => {
    const result = {} as SignInResult;

    if (result.status === 'mfa_required') {
      expectTypeOf(result.userId).toEqualTypeOf<string>();
      expectTypeOf(result.channel).toEqualTypeOf<MfaChannel>();
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
    }
    expectTypeOf(MFA_ERROR_CODES.INVALID_MFA_CODE).toEqualTypeOf<'invalid_mfa_code'>();
    expectTypeOf<'some_future_code'>().toExtend<MfaErrorCode>();
  });
});

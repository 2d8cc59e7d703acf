import {
  mfaRequiredResponseSchema,
  passwordlessRequestResponseSchema,
  passwordlessRequestSchema,
  passwordlessVerifyRequestSchema,
  signedInResponseSchema,
  signInRequestSchema,
} from '@authblock/mfa-client/schemas';
import type { BackendCore, UserRecord } from '../core.ts';
import { checkEmailCode, maskEmail, recordWrongGuess } from '../factors/email/email-codes.ts';
import { normalizeCode } from '../factors/provider.ts';
import { MockApiError } from '../internal/errors.ts';
import { parseBody, readJsonBody } from '../internal/request.ts';
import { respond } from '../internal/respond.ts';
import { ACCESS_TOKEN_TTL_SECONDS, newRefreshToken } from '../internal/tokens.ts';
import {
  assertNotLocked,
  type PreparedCode,
  prepareCode,
  spendSecondFactor,
} from '../second-factor.ts';
import type { RouteDefinition, RouteHandler } from './route.ts';

export function userAttributes(user: UserRecord) {
  return {
    unique_id: user.id,
    email: user.email,
    mfa_enabled: user.active !== null,
    mfa_channel: user.active?.channel ?? null,
    created_at: new Date(user.createdAt).toISOString(),
  };
}

function invalidCredentials(): MockApiError {
  return new MockApiError(401, 'invalid_credentials', 'The sign-in details are not correct.');
}

type Outcome = { kind: 'mfa_required'; body: unknown } | { kind: 'signed_in'; user: UserRecord };

/**
 * The part of sign-in after the first factor was accepted, shared by password and
 * passwordless sign-in. Synchronous: the lock check, the code check and `onSignedIn`
 * (which consumes the first factor when it is single-use) happen in one turn.
 */
function secondStep(
  core: BackendCore,
  user: UserRecord,
  code: PreparedCode | null,
  context: 'sign_in' | 'passwordless',
  onSignedIn: () => void = () => {},
): Outcome {
  const active = user.active;
  if (active) {
    assertNotLocked(core, user);
    if (!code) {
      // Within the resend cooldown nothing is sent and the earlier code stays valid, so
      // repeating step one never fails.
      if (active.channel === 'email') core.sendCode(user, 'mfa_sign_in');
      core.audit({ action: 'challenged', userId: user.id, channel: active.channel, context });
      const body = {
        data: {
          id: user.id,
          type: 'user',
          attributes: {
            unique_id: user.id,
            mfa_required: true,
            mfa_channel: active.channel,
            ...(active.channel === 'email' ? { sent_to: maskEmail(user.email) } : {}),
          },
        },
      };
      return { kind: 'mfa_required', body };
    }
    spendSecondFactor(core, user, code, active, context);
  }
  onSignedIn();
  user.lastLoginAt = core.now();
  core.audit({
    action: 'signed_in',
    userId: user.id,
    method: context === 'sign_in' ? 'password' : 'passwordless',
    context,
    mfaUsed: active !== null,
  });
  return { kind: 'signed_in', user };
}

async function answer(core: BackendCore, outcome: Outcome): Promise<Response> {
  if (outcome.kind === 'mfa_required') return respond(mfaRequiredResponseSchema, outcome.body);
  const { user } = outcome;
  const accessToken = await core.state.tokens.issue(user.id);
  return respond(signedInResponseSchema, {
    data: { id: user.id, type: 'user', attributes: userAttributes(user) },
    meta: {
      auth: {
        access_token: accessToken,
        token_type: 'Bearer',
        expires_in: ACCESS_TOKEN_TTL_SECONDS,
        refresh_token: newRefreshToken(),
      },
    },
  });
}

const signIn: RouteHandler = async ({ core, request }) => {
  const body = parseBody(signInRequestSchema, await readJsonBody(request));
  const user = core.findByEmail(body.email);
  const code = body.mfa_code === undefined ? null : await prepareCode(core, body.mfa_code);
  const passwordOk = await core.passwordMatches(user, body.password);

  if (!user || !passwordOk) {
    // The code is not looked at: no hint whether it was right, and it is not spent.
    core.audit({ action: 'sign_in_failed', userId: user?.id ?? null, method: 'password' });
    throw invalidCredentials();
  }
  return answer(core, secondStep(core, user, code, 'sign_in'));
};

const passwordlessRequest: RouteHandler = async ({ core, request }) => {
  const body = parseBody(passwordlessRequestSchema, await readJsonBody(request));
  const user = core.findByEmail(body.email);
  if (user) core.sendCode(user, 'passwordless');
  // The same answer whether or not the address has an account.
  return respond(passwordlessRequestResponseSchema, {
    meta: { message: 'If the address has an account, a sign-in code is on its way.' },
  });
};

const passwordlessVerify: RouteHandler = async ({ core, request }) => {
  const body = parseBody(passwordlessVerifyRequestSchema, await readJsonBody(request));
  const code = body.mfa_code === undefined ? null : await prepareCode(core, body.mfa_code);
  const user = core.findByEmail(body.email);
  const slot = user?.passwordlessEmail ?? null;
  const check = checkEmailCode(slot, normalizeCode(body.code), core.now(), core.config.emailTtlMs);

  if (!user || !slot || check === 'invalid') {
    if (slot) recordWrongGuess(slot);
    core.audit({ action: 'sign_in_failed', userId: user?.id ?? null, method: 'passwordless' });
    throw invalidCredentials();
  }
  if (check === 'expired') {
    throw new MockApiError(401, 'code_expired', 'The sign-in code has expired. Ask for a new one.');
  }
  // The passwordless code is spent only on a completed sign-in: it survives the
  // `mfa_required` round trip and a wrong MFA code.
  const outcome = secondStep(core, user, code, 'passwordless', () => {
    slot.consumed = true;
  });
  return answer(core, outcome);
};

export const authRoutes = [
  { path: '/auth/sign_in', methods: { POST: signIn } },
  { path: '/auth/passwordless/request', methods: { POST: passwordlessRequest } },
  { path: '/auth/passwordless/verify', methods: { POST: passwordlessVerify } },
] as const satisfies readonly RouteDefinition[];

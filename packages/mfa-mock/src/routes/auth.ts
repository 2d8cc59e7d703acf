import type { MfaChannel } from '@authblock/mfa-client/schemas';
import { passwordlessRequestSchema } from '@authblock/mfa-client/schemas';
import type { BackendCore, UserRecord } from '../core.ts';
import {
  checkEmailCode,
  isBurned,
  MAX_GUESSES_PER_CODE,
  maskEmail,
  recordWrongGuess,
} from '../factors/email/email-codes.ts';
import { normalizeCode } from '../factors/provider.ts';
import { MockApiError } from '../internal/errors.ts';
import { parseBody, readJsonBody } from '../internal/request.ts';
import {
  assertNotLocked,
  type PreparedCode,
  prepareCode,
  spendSecondFactor,
} from '../second-factor.ts';
import { assertPasswordlessUnlocked, checkPassword, recordPasswordlessGuess } from '../throttle.ts';
import {
  type PasswordlessFailure,
  type SecondFactorField,
  type Wire,
  wireOf,
} from '../wire/index.ts';
import type { RouteDefinition, RouteHandler } from './route.ts';

export { userAttributes } from '../wire/guide.ts';

function invalidCredentials(): MockApiError {
  return new MockApiError(401, 'invalid_credentials', 'The sign-in details are not correct.');
}

type Outcome =
  | { kind: 'mfa_required'; channel: MfaChannel; sentTo?: string }
  | { kind: 'signed_in'; user: UserRecord };

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
      return active.channel === 'email'
        ? { kind: 'mfa_required', channel: 'email', sentTo: maskEmail(user.email) }
        : { kind: 'mfa_required', channel: active.channel };
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

async function answer(
  core: BackendCore,
  wire: Wire,
  request: Request,
  user: UserRecord,
  outcome: Outcome,
  route: 'sign_in' | 'passwordless',
): Promise<Response> {
  if (outcome.kind === 'mfa_required') {
    return wire.mfaRequired({
      user,
      channel: outcome.channel,
      route,
      ...(outcome.sentTo !== undefined ? { sentTo: outcome.sentTo } : {}),
    });
  }
  const accessToken = await core.state.tokens.issue(user.id, wire.accessTokenTtlSeconds);
  return wire.signedIn({ user, accessToken, request, now: core.now() });
}

const prepare = (core: BackendCore, field: SecondFactorField | null) =>
  field === null ? null : prepareCode(core, field.code, field.kinds);

const signIn: RouteHandler = async ({ core, request }) => {
  const wire = wireOf(core);
  const body = wire.readSignIn(await readJsonBody(request));
  const user = core.findByEmail(body.email);
  const code = await prepare(core, body.secondFactor);
  const passwordOk = await checkPassword(core, body.email, user, body.password);

  if (!user || !passwordOk) {
    // The code is not looked at: no hint whether it was right, and it is not spent.
    core.audit({ action: 'sign_in_failed', userId: user?.id ?? null, method: 'password' });
    throw invalidCredentials();
  }
  return answer(core, wire, request, user, secondStep(core, user, code, 'sign_in'), 'sign_in');
};

const passwordlessRequest: RouteHandler = async ({ core, request }) => {
  const body = parseBody(passwordlessRequestSchema, await readJsonBody(request));
  const user = core.findByEmail(body.email);
  if (user) core.sendCode(user, 'passwordless');
  // The same answer whether or not the address has an account.
  return wireOf(core).passwordlessRequested({
    email: body.email,
    expiresInSeconds: Math.round(core.config.emailTtlMs / 1000),
  });
};

const passwordlessVerify: RouteHandler = async ({ core, request }) => {
  const wire = wireOf(core);
  const body = wire.readPasswordlessVerify(await readJsonBody(request));
  const code = await prepare(core, body.secondFactor);
  assertPasswordlessUnlocked(core, body.email);
  const user = core.findByEmail(body.email);
  const slot = user?.passwordlessEmail ?? null;
  const check = checkEmailCode(slot, normalizeCode(body.code), core.now(), core.config.emailTtlMs);

  if (!user || !slot || check === 'invalid') {
    let failure: PasswordlessFailure = { kind: 'no_code' };
    if (slot && !slot.consumed) {
      recordWrongGuess(slot);
      failure = isBurned(slot)
        ? { kind: 'cleared' }
        : { kind: 'wrong', remaining: MAX_GUESSES_PER_CODE - slot.failures };
    }
    core.audit({ action: 'sign_in_failed', userId: user?.id ?? null, method: 'passwordless' });
    recordPasswordlessGuess(core, body.email, user?.id ?? null, false);
    throw wire.passwordlessFailure(failure);
  }
  if (check === 'expired') throw wire.passwordlessFailure({ kind: 'expired' });
  recordPasswordlessGuess(core, body.email, user.id, true);
  // The passwordless code is spent only on a completed sign-in: it survives the
  // `mfa_required` round trip and a wrong MFA code.
  const outcome = secondStep(core, user, code, 'passwordless', () => {
    slot.consumed = true;
  });
  return answer(core, wire, request, user, outcome, 'passwordless');
};

export const authRoutes = [
  { path: '/auth/sign_in', methods: { POST: signIn } },
  { path: '/auth/passwordless/request', methods: { POST: passwordlessRequest } },
  { path: '/auth/passwordless/verify', methods: { POST: passwordlessVerify } },
] as const satisfies readonly RouteDefinition[];

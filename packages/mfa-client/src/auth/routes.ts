import { isMfaApiError } from '../errors/guards.ts';
import type { MfaApiError } from '../errors/MfaApiError.ts';
import type { Requester } from '../http.ts';
import { normalizeCode } from '../normalize-code.ts';
import { parseAt, parseReply, type Reply } from '../parse.ts';
import type { AuthRoutes, RequestOptions } from '../types.ts';
import {
  type MfaRequired,
  mfaRequiredErrorMetaSchema,
  mfaRequiredResponseSchema,
  passwordlessRequestResponseSchema,
  type SignInResult,
  signedInResponseSchema,
} from './schemas.ts';

const SIGN_IN = 'POST /auth/sign_in';
const PASSWORDLESS_REQUEST = 'POST /auth/passwordless/request';
const PASSWORDLESS_VERIFY = 'POST /auth/passwordless/verify';

/** The sign-in routes: no JWT, and never retried (each attempt counts against a lockout). */
export function createAuthRoutes(request: Requester): AuthRoutes {
  const post = <T>(
    route: string,
    json: unknown,
    options: RequestOptions | undefined,
    read: (reply: Reply) => T,
  ) =>
    request(
      { method: 'POST', route, path: route.slice('POST /'.length), json, signal: options?.signal },
      read,
    );

  return {
    signIn: async (input, options) =>
      post(
        SIGN_IN,
        { email: input.email, password: input.password, mfa_code: optionalCode(input.mfaCode) },
        options,
        readSignIn,
      ),

    requestPasswordless: async (input, options) =>
      post(PASSWORDLESS_REQUEST, { email: input.email }, options, (reply) => {
        // Nothing is read from this answer, so an empty 200 is as good as `{}`.
        if (reply.bodyIssue !== 'empty body') parseReply(passwordlessRequestResponseSchema, reply);
      }),

    verifyPasswordless: async (input, options) => {
      try {
        return await post(
          PASSWORDLESS_VERIFY,
          {
            email: input.email,
            code: normalizeCode(input.code),
            mfa_code: optionalCode(input.mfaCode),
          },
          options,
          readSignIn,
        );
      } catch (error) {
        // Some servers say "MFA required" here as an error instead of a 200 body.
        if (isMfaApiError(error) && error.code === 'mfa_required')
          return mfaRequiredFromError(error);
        throw error;
      }
    },
  };
}

// `undefined` is dropped by JSON.stringify, so no `mfa_code` key is sent on step one.
const optionalCode = (code: string | undefined) =>
  code === undefined ? undefined : normalizeCode(code);

function readSignIn(reply: Reply): SignInResult {
  const attributes = (reply.body as { data?: { attributes?: { mfa_required?: unknown } } } | null)
    ?.data?.attributes;
  if (attributes?.mfa_required === true) {
    const { data } = parseReply(mfaRequiredResponseSchema, reply);
    return mfaRequired(
      data.attributes.unique_id,
      data.attributes.mfa_channel,
      data.attributes.sent_to,
    );
  }
  const { data, meta } = parseReply(signedInResponseSchema, reply);
  const user = data.attributes;
  const tokens = {
    accessToken: meta.auth.access_token,
    tokenType: meta.auth.token_type,
    expiresIn: meta.auth.expires_in,
    ...(meta.auth.refresh_token === undefined ? {} : { refreshToken: meta.auth.refresh_token }),
  };
  return {
    status: 'signed_in',
    user: {
      id: user.unique_id,
      email: user.email,
      mfaEnabled: user.mfa_enabled,
      mfaChannel: user.mfa_channel,
      attributes: user,
    },
    tokens,
  };
}

/** Who and which channel: from the top-level `meta` first, then the error object's. */
function mfaRequiredFromError(error: MfaApiError): MfaRequired {
  const errorMeta = error.errors[0]?.meta;
  const source =
    mfaRequiredErrorMetaSchema.safeParse(error.meta).success || errorMeta === undefined
      ? { value: error.meta, at: 'meta' }
      : { value: errorMeta, at: 'errors.0.meta' };
  // Throws an MfaResponseError naming the bad field when neither meta says who and how.
  const meta = parseAt(mfaRequiredErrorMetaSchema, source.value, error, source.at);
  return mfaRequired(meta.unique_id, meta.mfa_channel, meta.sent_to);
}

function mfaRequired(
  userId: string,
  channel: MfaRequired['channel'],
  sentTo: string | undefined,
): MfaRequired {
  return { status: 'mfa_required', userId, channel, ...(sentTo === undefined ? {} : { sentTo }) };
}

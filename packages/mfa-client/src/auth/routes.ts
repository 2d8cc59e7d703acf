import type { DialectMemory } from '../dialect.ts';
import { isMfaApiError } from '../errors/guards.ts';
import type { MfaApiError } from '../errors/MfaApiError.ts';
import { normalizeCode } from '../normalize-code.ts';
import { definedOnly, parseAt, parseReply, type Reply } from '../parse.ts';
import type { Requester } from '../transport/http.ts';
import type {
  AuthRoutes,
  MfaClientOptions,
  RecaptchaInput,
  RequestOptions,
  SecondFactorInput,
} from '../types.ts';
import type { MfaChannel } from '../wire/jsonapi.ts';
import {
  type AuthTokens,
  type AuthTokensWire,
  type MfaRequired,
  mfaRequiredErrorDocumentSchema,
  mfaRequiredErrorMetaSchema,
  mfaRequiredResponseSchema,
  type PasswordlessRequested,
  passwordlessRequestResponseSchema,
  type SignedInResponse,
  type SignInResult,
  signedInResponseSchema,
} from './schemas.ts';

const SIGN_IN = 'POST /auth/sign_in';
const PASSWORDLESS_REQUEST = 'POST /auth/passwordless/request';
const PASSWORDLESS_VERIFY = 'POST /auth/passwordless/verify';

/** The sign-in routes: no JWT, and never retried (each attempt counts against a lockout). */
export function createAuthRoutes(
  request: Requester,
  dialect: DialectMemory,
  options: Pick<MfaClientOptions, 'oauthMode' | 'deviceId' | 'getRecaptchaToken'> = {},
): AuthRoutes {
  const signInHeaders = sessionHeaders(options);
  /**
   * The body's `recaptcha_token`: the call's own, else a fresh one from the client's
   * `getRecaptchaToken` (a token is good for one call). Asked before anything is sent; a
   * failure there is the app's own error. `undefined` is dropped by JSON.stringify.
   */
  const recaptcha = async (input: RecaptchaInput) => ({
    recaptcha_token: input.recaptchaToken ?? (await options.getRecaptchaToken?.()),
  });
  const post = <T>(
    route: string,
    json: unknown,
    requestOptions: RequestOptions | undefined,
    read: (reply: Reply) => T,
    headers?: Record<string, string>,
  ) =>
    request(
      {
        method: 'POST',
        route,
        path: route.slice('POST /'.length),
        json,
        headers,
        signal: requestOptions?.signal,
      },
      read,
    );

  /** Either sign-in route; "MFA required" as an error status is one of its answers too. */
  const signIn = async (
    route: string,
    json: Record<string, unknown>,
    input: SecondFactorInput & RecaptchaInput,
    requestOptions: RequestOptions | undefined,
  ): Promise<SignInResult> => {
    try {
      return await post(
        route,
        { ...json, ...secondFactor(input, dialect.isReference), ...(await recaptcha(input)) },
        requestOptions,
        (reply) => readSignIn(reply, dialect),
        signInHeaders,
      );
    } catch (error) {
      if (isMfaApiError(error) && error.code === 'mfa_required') return mfaRequiredFromError(error);
      throw error;
    }
  };

  return {
    signIn: async (input, requestOptions) =>
      signIn(SIGN_IN, { email: input.email, password: input.password }, input, requestOptions),

    requestPasswordless: async (input, requestOptions) =>
      post(
        PASSWORDLESS_REQUEST,
        { email: input.email, ...(await recaptcha(input)) },
        requestOptions,
        readPasswordlessRequest,
      ),

    verifyPasswordless: async (input, requestOptions) =>
      signIn(
        PASSWORDLESS_VERIFY,
        { email: input.email, code: normalizeCode(input.code) },
        input,
        requestOptions,
      ),
  };
}

/**
 * Headers of the calls that start a session (sign-in, passwordless verify), from the
 * client's options. The device id is checked here, once, because `fetch` would otherwise
 * reject a bad one with an error that quotes it.
 */
function sessionHeaders({ oauthMode, deviceId }: Pick<MfaClientOptions, 'oauthMode' | 'deviceId'>) {
  const headers: Record<string, string> = {};
  // The reference's server adds a refresh token to the answer only when asked.
  if (oauthMode) headers['x-oauth-mode'] = 'true';
  if (deviceId !== undefined) {
    // Printable ASCII, no spaces: what a header value may hold, and nothing to inject.
    if (!/^[!-~]{1,255}$/.test(deviceId)) {
      throw new TypeError('deviceId: 1 to 255 printable ASCII characters, no spaces.');
    }
    headers['x-device-id'] = deviceId;
  }
  return headers;
}

/**
 * The second factor's wire field. A backup code goes where the server reads it: the
 * reference's `backup_code`, or the guide's `mfa_code` (which takes any code). Nothing is
 * sent on step one: `undefined` is dropped by JSON.stringify.
 */
function secondFactor(input: SecondFactorInput, isReference: boolean) {
  if (input.backupCode !== undefined) {
    const code = normalizeCode(input.backupCode);
    return isReference ? { backup_code: code } : { mfa_code: code };
  }
  return { mfa_code: input.mfaCode === undefined ? undefined : normalizeCode(input.mfaCode) };
}

function readSignIn(reply: Reply, dialect: DialectMemory): SignInResult {
  const body = reply.body as {
    errors?: unknown;
    data?: { attributes?: { mfa_required?: unknown } };
  };
  // The reference says "MFA required" with HTTP 200 and an error document.
  if (typeof body === 'object' && body !== null && 'errors' in body) {
    const document = parseReply(mfaRequiredErrorDocumentSchema, reply);
    dialect.heardReference();
    return mfaRequired({ ...document.errors[0]?.meta, ...document.meta });
  }
  if (body?.data?.attributes?.mfa_required === true) {
    const { attributes } = parseReply(mfaRequiredResponseSchema, reply).data;
    return mfaRequired(attributes);
  }
  const { data, meta } = parseReply(signedInResponseSchema, reply);
  const user = data.attributes;
  return {
    status: 'signed_in',
    user: {
      id: user.unique_id,
      email: user.email,
      ...definedOnly({ mfaEnabled: user.mfa_enabled, mfaChannel: user.mfa_channel }),
      attributes: user,
    },
    tokens: readTokens(meta),
  };
}

/** `meta.auth` first; else the bare `meta.access_token` / `meta.token` the vendor SDK also reads. */
function readTokens(meta: SignedInResponse['meta']): AuthTokens {
  const auth: { [K in keyof AuthTokensWire]?: AuthTokensWire[K] | undefined } = meta.auth ?? {
    // The schema has checked that one of the two is there.
    access_token: meta.access_token ?? meta.token,
    refresh_token: meta.refresh_token,
    expires_in: meta.expires_in,
  };
  return {
    accessToken: auth.access_token as string,
    tokenType: auth.token_type ?? 'Bearer',
    ...definedOnly({
      expiresIn: auth.expires_in,
      expiresAt: auth.expires_at,
      scope: auth.scope,
      refreshToken: auth.refresh_token,
      refreshTokenExpiresIn: auth.refresh_token_expires_in,
    }),
  };
}

function readPasswordlessRequest(reply: Reply): PasswordlessRequested {
  // Nothing needs reading from this answer, so an empty 200 is as good as `{}`.
  if (reply.bodyIssue === 'empty body') return {};
  const attributes = parseReply(passwordlessRequestResponseSchema, reply).data?.attributes;
  return definedOnly({ sentTo: attributes?.email_hint, expiresIn: attributes?.expires_in });
}

/**
 * "MFA required" as an error status. Who and which channel, if the server says, from the
 * error object's `meta` and the top-level one (which wins); a `meta` that says them badly
 * is an `MfaResponseError` naming the field.
 */
function mfaRequiredFromError(error: MfaApiError): MfaRequired {
  const said = (value: unknown, at: string) =>
    value === undefined ? {} : parseAt(mfaRequiredErrorMetaSchema, value, error, at);
  return mfaRequired({
    ...said(error.errors[0]?.meta, 'errors.0.meta'),
    ...said(error.meta, 'meta'),
  });
}

interface Said {
  unique_id?: string | undefined;
  sent_to?: string | undefined;
  mfa_channel?: MfaChannel | undefined;
}

function mfaRequired(said: Said): MfaRequired {
  return {
    status: 'mfa_required',
    channel: said.mfa_channel ?? 'unknown',
    ...definedOnly({ userId: said.unique_id, sentTo: said.sent_to }),
  };
}

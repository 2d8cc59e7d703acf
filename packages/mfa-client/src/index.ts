export type {
  AuthTokens,
  AuthUser,
  MfaRequired,
  PasswordlessRequested,
  SignedIn,
  SignInResult,
} from './auth/schemas.ts';
export { createAuthClient, createMfaClient } from './client.ts';
export type { Dialect } from './dialect.ts';
export { type KnownMfaErrorCode, MFA_ERROR_CODES, type MfaErrorCode } from './errors/codes.ts';
export {
  isMfaApiError,
  isMfaError,
  isMfaNetworkError,
  isMfaResponseError,
} from './errors/guards.ts';
export { MfaApiError, type MfaApiErrorInit } from './errors/MfaApiError.ts';
export { MfaNetworkError } from './errors/MfaNetworkError.ts';
export { MfaResponseError } from './errors/MfaResponseError.ts';
export type {
  MfaChannel,
  MfaSetup,
  MfaStatus,
  MfaVerification,
  VerificationMethod,
} from './mfa/schemas.ts';
export { normalizeCode } from './normalize-code.ts';
export type { TransportOptions } from './transport/options.ts';
export type {
  AuthRoutes,
  MfaClient,
  MfaClientOptions,
  MfaDebugEvent,
  MfaRoutes,
  MfaSetupInput,
  RecaptchaInput,
  RequestOptions,
  SecondFactorInput,
  TokenValue,
} from './types.ts';
export type { ErrorObject } from './wire/jsonapi.ts';

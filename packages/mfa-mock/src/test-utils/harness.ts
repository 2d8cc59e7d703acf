import { errorDocumentSchema, parse, validate } from '@authblock/mfa-client/schemas';
import { expect } from 'vitest';
import { createMockBackend } from '../backend.ts';
import { DEFAULT_API_KEY, DEMO_USER } from '../core.ts';
import { looksLikeBackupCode } from '../factors/backup-codes/backup-codes.ts';
import { normalizeCode } from '../factors/provider.ts';
import type { MockBackend, MockBackendOptions, MockDialect } from '../types.ts';
import { DOCUMENTED } from './documents.ts';

/** Both wire dialects, for `describe.each(DIALECTS)`: the rules must hold in each. */
export const DIALECTS: readonly MockDialect[] = ['guide', 'reference'];

export const BASE = 'https://auth.test';
export const API_KEY = DEFAULT_API_KEY;
/** The seeded user (`DEMO_USER`), by the short name these tests use. */
export const DEMO = DEMO_USER;

/** 2030-01-01T00:00:01Z: one second into a TOTP step, so step arithmetic is exact. */
export const START = Date.UTC(2030, 0, 1) + 1000;

export interface CallOptions {
  body?: unknown;
  /** Sent as is (for bodies that are not JSON). */
  rawBody?: string;
  token?: string;
  /** `null` sends no key. */
  apiKey?: string | null;
  headers?: Record<string, string>;
}

export interface CallResult {
  /** The backend's dialect and the path called: `expectError` words its expectation by them. */
  dialect: MockDialect;
  path: string;
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: test bodies are inspected field by field
  body: any;
}

export interface Harness {
  backend: MockBackend;
  dialect: MockDialect;
  call(method: string, path: string, options?: CallOptions): Promise<CallResult>;
  /**
   * Sign-in, with a second factor in the field the dialect reads it from: the guide's
   * `mfa_code` takes any code; the reference sends a backup code as `backup_code`.
   */
  signIn(email: string, password: string, mfaCode?: string): Promise<CallResult>;
  /** `POST /users/:id/mfa/verify` with `code` (or, in the reference, `backup_code`). */
  verify(token: string, code: string, userId?: string): Promise<CallResult>;
  /** Whether a 200 sign-in answer asks for the second factor (each dialect says it its way). */
  isMfaRequired(result: CallResult): boolean;
  /** Attempts left before the lock, from a failed second factor's `meta`. */
  attemptsRemaining(result: CallResult): unknown;
  /** Signs in with the password (no MFA yet) and returns the access token. */
  token(email?: string, password?: string): Promise<string>;
  /** Setup + enable TOTP over HTTP; returns what the user would have. */
  enableTotp(email?: string): Promise<{ token: string; secret: string; backupCodes: string[] }>;
  /** Setup email + verify the emailed code + enable over HTTP. */
  enableEmail(email?: string): Promise<{ token: string; backupCodes: string[] }>;
}

/** A backend on a fake clock, called in-process through msw's own request handling. */
export function createHarness(options: MockBackendOptions = {}): Harness {
  const backend = createMockBackend({ clock: { now: () => START }, baseUrl: BASE, ...options });

  const call: Harness['call'] = async (method, path, options = {}) => {
    const headers = new Headers(options.headers);
    const apiKey = options.apiKey === undefined ? API_KEY : options.apiKey;
    if (apiKey !== null) headers.set('X-API-Key', apiKey);
    if (options.token) headers.set('Authorization', `Bearer ${options.token}`);
    let body: string | undefined;
    if (options.rawBody !== undefined) body = options.rawBody;
    else if (options.body !== undefined) body = JSON.stringify(options.body);
    if (body !== undefined && !headers.has('Content-Type')) {
      headers.set('Content-Type', 'application/json');
    }
    const response = await backend.fetch(
      new Request(`${BASE}${path}`, { method, headers, ...(body !== undefined ? { body } : {}) }),
    );
    const text = await response.text();
    return {
      dialect: backend.dialect,
      path: path.split('?')[0] ?? path,
      status: response.status,
      headers: response.headers,
      body: text ? JSON.parse(text) : null,
    };
  };

  const dialect = backend.dialect;
  const codeField = (code: string, plain: 'mfa_code' | 'code') =>
    dialect === 'reference' && looksLikeBackupCode(normalizeCode(code)) ? 'backup_code' : plain;

  const signIn: Harness['signIn'] = (email, password, mfaCode) =>
    call('POST', '/auth/sign_in', {
      body: {
        email,
        password,
        ...(mfaCode !== undefined ? { [codeField(mfaCode, 'mfa_code')]: mfaCode } : {}),
      },
    });

  const verify: Harness['verify'] = (token, code, userId = DEMO.id) =>
    call('POST', `/users/${userId}/mfa/verify`, {
      token,
      body: { [codeField(code, 'code')]: code },
    });

  const token: Harness['token'] = async (email = DEMO.email, password = DEMO.password) => {
    const result = await signIn(email, password);
    expect(result.status).toBe(200);
    return result.body.meta.auth.access_token;
  };

  const userId = (email: string) => backend.user(email)?.id ?? '';

  return {
    backend,
    dialect,
    call,
    signIn,
    verify,
    isMfaRequired: (result) =>
      result.status === 200 &&
      (dialect === 'reference'
        ? result.body?.errors?.[0]?.code === 'mfa_required'
        : result.body?.data?.attributes?.mfa_required === true),
    attemptsRemaining: (result) =>
      result.body?.meta?.[dialect === 'reference' ? 'remaining_attempts' : 'attempts_remaining'],
    token,
    async enableTotp(email = DEMO.email) {
      const access = await token(email);
      const setup = await call('POST', `/users/${userId(email)}/mfa/setup`, {
        token: access,
        body: { channel: 'totp' },
      });
      expect(setup.status).toBe(200);
      const enable = await call('POST', `/users/${userId(email)}/mfa/enable`, {
        token: access,
        body: { totp_code: backend.totpCode(email) },
      });
      expect(enable.status).toBe(200);
      return {
        token: access,
        secret: setup.body.data.attributes.secret,
        backupCodes: setup.body.data.attributes.backup_codes,
      };
    },
    async enableEmail(email = DEMO.email) {
      const access = await token(email);
      const id = userId(email);
      const setup = await call('POST', `/users/${id}/mfa/setup`, {
        token: access,
        body: { channel: 'email' },
      });
      expect(setup.status).toBe(200);
      const verified = await verify(access, backend.lastCode(email, 'mfa_setup') ?? '', id);
      expect(verified.status).toBe(200);
      const enable = await call('POST', `/users/${id}/mfa/enable`, {
        token: access,
        body: { channel: 'email' },
      });
      expect(enable.status).toBe(200);
      return { token: access, backupCodes: setup.body.data.attributes.backup_codes };
    },
  };
}

/**
 * The reference's words for a failure the guide calls `code` (the client's canonical
 * codes), as the API reference documents them: a restatement of the document, not of the
 * mock's code, so the two can be held against each other.
 */
function inReference(status: number, code: string, path: string): { status: number; code: string } {
  const onMfaRoutes = path.startsWith('/users/');
  switch (code) {
    // The reference names no "already used" or "replaced": only "invalid".
    case 'invalid_mfa_code':
    case 'code_used':
    case 'code_replaced':
      return { status: 401, code: onMfaRoutes ? '45365M' : 'mfa_invalid' };
    case 'invalid_credentials':
      if (path === '/auth/passwordless/verify') {
        throw new Error('Passwordless failures differ in kind: test each dialect on its own');
      }
      return { status: 401, code: path === '/auth/sign_in' ? 'unauthorized' : code };
    case 'mfa_not_enabled':
    case 'mfa_setup_incomplete':
      return { status: 400, code };
    default:
      return { status, code };
  }
}

/**
 * Asserts a well-formed error document for this failure: `status` and `code` as the guide
 * words them, translated to the reference's words when the backend speaks it.
 */
export function expectError(result: CallResult, status: number, code: string): void {
  const expected =
    result.dialect === 'reference' ? inReference(status, code, result.path) : { status, code };
  expect({ status: result.status, code: result.body?.errors?.[0]?.code }).toEqual(expected);
  parse(DOCUMENTED[result.dialect].error, result.body);
  if (result.dialect === 'guide') expect(validate(errorDocumentSchema, result.body).ok).toBe(true);
  expect(result.body.errors[0].status).toBe(String(expected.status));
}

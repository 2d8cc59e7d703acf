import { errorDocumentSchema } from '@authblock/mfa-client/schemas';
import { expect } from 'vitest';
import { createMockBackend } from '../backend.ts';
import type { MockBackend, MockBackendOptions } from '../types.ts';

export const BASE = 'https://auth.test';
export const API_KEY = 'pk_test_mock';
export const DEMO = { email: 'demo@example.com', password: 'Password123!', id: 'usr_demo' };

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
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: test bodies are inspected field by field
  body: any;
}

export interface Harness {
  backend: MockBackend;
  call(method: string, path: string, options?: CallOptions): Promise<CallResult>;
  signIn(email: string, password: string, mfaCode?: string): Promise<CallResult>;
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
      status: response.status,
      headers: response.headers,
      body: text ? JSON.parse(text) : null,
    };
  };

  const signIn: Harness['signIn'] = (email, password, mfaCode) =>
    call('POST', '/auth/sign_in', {
      body: { email, password, ...(mfaCode !== undefined ? { mfa_code: mfaCode } : {}) },
    });

  const token: Harness['token'] = async (email = DEMO.email, password = DEMO.password) => {
    const result = await signIn(email, password);
    expect(result.status).toBe(200);
    return result.body.meta.auth.access_token;
  };

  const userId = (email: string) => backend.user(email)?.id ?? '';

  return {
    backend,
    call,
    signIn,
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
      const verify = await call('POST', `/users/${id}/mfa/verify`, {
        token: access,
        body: { code: backend.lastCode(email, 'mfa_setup') },
      });
      expect(verify.status).toBe(200);
      const enable = await call('POST', `/users/${id}/mfa/enable`, {
        token: access,
        body: { channel: 'email' },
      });
      expect(enable.status).toBe(200);
      return { token: access, backupCodes: setup.body.data.attributes.backup_codes };
    },
  };
}

/** Asserts a JSON:API error with this status and code, and a well-formed document. */
export function expectError(result: CallResult, status: number, code: string): void {
  expect({ status: result.status, code: result.body?.errors?.[0]?.code }).toEqual({ status, code });
  expect(errorDocumentSchema.safeParse(result.body).success).toBe(true);
  expect(result.body.errors[0].status).toBe(String(status));
}

import type { Call, Requester } from '../http.ts';
import { normalizeCode } from '../normalize-code.ts';
import { parseReply } from '../parse.ts';
import type { MfaRoutes, RequestOptions } from '../types.ts';
import { userMfaPath } from '../user-path.ts';
import {
  type MfaSetup,
  type MfaStatus,
  type StatusResponse,
  setupResponseSchemas,
  statusResponseSchema,
  verifyResponseSchema,
} from './schemas.ts';

/** The `/users/:id/mfa/*` routes. */
export function createMfaRoutes(request: Requester): MfaRoutes {
  const call = (
    method: 'GET' | 'POST',
    userId: string,
    action: string,
    json: unknown,
    options: RequestOptions | undefined,
  ): Call => ({
    method,
    path: userMfaPath(userId, action),
    route: `${method} /users/:id/mfa/${action}`,
    json,
    auth: true,
    // Only the read is safe to repeat: a code may be spent once, a setup replaces codes.
    retry: method === 'GET',
    signal: options?.signal,
  });

  const toStatus = (userId: string, { data }: StatusResponse): MfaStatus => ({
    userId,
    enabled: data.attributes.mfa_enabled,
    channel: data.attributes.mfa_channel,
    backupCodesRemaining: data.attributes.backup_codes_remaining,
  });

  return {
    setup: async (userId, input, options) =>
      request(call('POST', userId, 'setup', { channel: input.channel }, options), (reply) => {
        const { attributes } = parseReply(setupResponseSchemas[input.channel], reply).data;
        if (attributes.channel === 'totp') {
          return {
            channel: 'totp',
            secret: attributes.secret,
            qrCodeUri: attributes.qr_code_uri,
            backupCodes: attributes.backup_codes,
          };
        }
        const setup: Extract<MfaSetup, { channel: 'email' }> = {
          channel: 'email',
          backupCodes: attributes.backup_codes,
        };
        if (attributes.sent_to !== undefined) setup.sentTo = attributes.sent_to;
        if (attributes.expires_in !== undefined) setup.expiresIn = attributes.expires_in;
        return setup;
      }),

    enable: async (userId, input, options) =>
      request(
        call(
          'POST',
          userId,
          'enable',
          'totpCode' in input ? { totp_code: normalizeCode(input.totpCode) } : { channel: 'email' },
          options,
        ),
        (reply) => toStatus(userId, parseReply(statusResponseSchema, reply)),
      ),

    disable: async (userId, input, options) =>
      request(call('POST', userId, 'disable', { password: input.password }, options), (reply) =>
        toStatus(userId, parseReply(statusResponseSchema, reply)),
      ),

    verify: async (userId, input, options) =>
      request(
        call('POST', userId, 'verify', { code: normalizeCode(input.code) }, options),
        (reply) => {
          const { attributes } = parseReply(verifyResponseSchema, reply).data;
          return {
            valid: attributes.valid,
            method: attributes.method,
            backupCodesRemaining: attributes.backup_codes_remaining,
          };
        },
      ),

    status: async (userId, options) =>
      request(call('GET', userId, 'status', undefined, options), (reply) =>
        toStatus(userId, parseReply(statusResponseSchema, reply)),
      ),
  };
}

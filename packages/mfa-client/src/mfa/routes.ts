import type { DialectMemory } from '../dialect.ts';
import { normalizeCode } from '../normalize-code.ts';
import { definedOnly, parseReply, type Reply } from '../parse.ts';
import type { Call, Requester } from '../transport/http.ts';
import type { MfaRoutes, MfaSetupInput, RequestOptions } from '../types.ts';
import { userMfaPath } from '../user-path.ts';
import type { MfaChannel } from '../wire/jsonapi.ts';
import {
  type MfaStatus,
  setupResponseSchemas,
  statusResponseSchema,
  verifyResponseSchema,
} from './schemas.ts';

/** The setup body; the reference writes `regenerate` as a string. */
const setupBody = ({ channel, regenerate }: MfaSetupInput) => ({
  channel,
  regenerate: regenerate?.toString(),
});

/** The `/users/:id/mfa/*` routes. */
export function createMfaRoutes(request: Requester, dialect: DialectMemory): MfaRoutes {
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

  /**
   * Status, enable and disable answers, in either dialect. `enabling` is the channel an
   * enable call turned on: the reference's answer does not name it, but the client knows.
   */
  const readStatus = (userId: string, reply: Reply, enabling?: MfaChannel): MfaStatus => {
    const attributes = parseReply(statusResponseSchema, reply).data.attributes;
    // Only the reference says `enabled` instead of `mfa_enabled`.
    if (attributes.mfa_enabled === undefined) dialect.heardReference();
    const enabled = (attributes.mfa_enabled ?? attributes.enabled) as boolean;
    return {
      userId,
      enabled,
      channel: enabled ? (attributes.mfa_channel ?? enabling ?? 'unknown') : null,
      ...definedOnly({
        backupCodesRemaining: attributes.backup_codes_remaining,
        setupRequired: attributes.setup_required,
        lastUsedAt: attributes.last_used_at ?? undefined,
      }),
    };
  };

  return {
    setup: async (userId, input, options) =>
      request(call('POST', userId, 'setup', setupBody(input), options), (reply) => {
        const { attributes } = parseReply(setupResponseSchemas[input.channel], reply).data;
        // Only the reference leaves out the channel that was asked for.
        if (attributes.channel === undefined) dialect.heardReference();
        // `test_code` (reference) is never read: it is the server's, not the user's.
        if ('secret' in attributes) {
          return {
            channel: 'totp',
            secret: attributes.secret,
            qrCodeUri: attributes.qr_code_uri,
            backupCodes: attributes.backup_codes,
          };
        }
        return {
          channel: 'email',
          backupCodes: attributes.backup_codes,
          ...definedOnly({ sentTo: attributes.sent_to, expiresIn: attributes.expires_in }),
        };
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
        (reply) => readStatus(userId, reply, 'totpCode' in input ? 'totp' : 'email'),
      ),

    disable: async (userId, input, options) =>
      request(call('POST', userId, 'disable', { password: input.password }, options), (reply) =>
        readStatus(userId, reply),
      ),

    verify: async (userId, input, options) => {
      const isBackupCode = 'backupCode' in input;
      const code = normalizeCode(isBackupCode ? input.backupCode : input.code);
      // The reference reads a backup code from `backup_code`; the guide takes any code as `code`.
      const json = isBackupCode && dialect.isReference ? { backup_code: code } : { code };
      return request(call('POST', userId, 'verify', json, options), (reply) => {
        const { attributes } = parseReply(verifyResponseSchema, reply).data;
        // Only the reference leaves out the kind of code.
        if (attributes.method === undefined) dialect.heardReference();
        return {
          valid: attributes.valid,
          ...definedOnly({
            method: attributes.method ?? (isBackupCode ? 'backup_code' : undefined),
            backupCodesRemaining: attributes.backup_codes_remaining,
          }),
        };
      });
    },

    status: async (userId, options) =>
      request(call('GET', userId, 'status', undefined, options), (reply) =>
        readStatus(userId, reply),
      ),
  };
}

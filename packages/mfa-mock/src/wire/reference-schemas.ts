// TEMPORARY: the reference dialect's answers, checked here until the client's schemas
// (`@authblock/mfa-client/schemas`) read both dialects; then `reference.ts` checks them
// against the client's like every other answer, and this file goes.
import { mfaChannelSchema } from '@authblock/mfa-client/schemas';
import * as z from 'zod/mini';

const document = <Data extends z.ZodMiniType>(data: Data) => z.object({ data });
const bare = <Attributes extends z.ZodMiniType>(type: string, attributes: Attributes) =>
  z.object({ type: z.literal(type), attributes });

export const mfaRequiredErrorDocumentSchema = z.object({
  errors: z.tuple([z.object({ code: z.literal('mfa_required') })]),
});

export const signedInResponseSchema = z.object({
  data: z.object({
    id: z.string(),
    type: z.literal('user'),
    attributes: z.looseObject({ unique_id: z.string(), email: z.string() }),
  }),
  meta: z.object({ auth: z.looseObject({ access_token: z.string() }) }),
});

export const passwordlessRequestResponseSchema = document(
  z.object({ id: z.null(), type: z.literal('passwordless'), attributes: z.looseObject({}) }),
);

export const setupResponseSchemas = {
  totp: document(
    bare(
      'mfa_setup',
      z.object({
        secret: z.string(),
        qr_code_uri: z.string().check(z.startsWith('otpauth://')),
        backup_codes: z.array(z.string()),
        test_code: z.string(),
      }),
    ),
  ),
  email: document(bare('mfa_setup', z.object({ backup_codes: z.array(z.string()) }))),
};

export const statusResponseSchema = document(
  bare(
    'mfa_status',
    z.object({
      enabled: z.boolean(),
      mfa_channel: z.optional(z.nullable(mfaChannelSchema)),
    }),
  ),
);

export const verifyResponseSchema = document(
  bare('mfa_verification', z.object({ valid: z.boolean(), message: z.string() })),
);

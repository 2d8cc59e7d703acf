import {
  emailSchema,
  mfaChannelSchema,
  passwordSchema,
  refined,
} from '@authblock/mfa-client/schemas';
import { HttpResponse } from 'msw';
import * as z from 'zod/mini';
import { type BackendCore, MAX_CLOCK_OFFSET_SECONDS } from '../core.ts';
import { MockApiError } from '../internal/errors.ts';
import { parseBody, readJsonBody } from '../internal/request.ts';
import { enableMfaDirectly, nextTotpCode } from '../shortcuts.ts';
import type { MockAuditEvent, MockEmail } from '../types.ts';
import { userAttributes } from './auth.ts';
import type { RouteDefinition } from './route.ts';

const clockRequestSchema = z.object({
  advance_seconds: refined(
    z.number(),
    (seconds) => seconds >= 0 && seconds <= MAX_CLOCK_OFFSET_SECONDS,
    `expected 0 to ${MAX_CLOCK_OFFSET_SECONDS} seconds`,
  ),
});

/**
 * Every development POST must say `application/json`: a page elsewhere can send a
 * `text/plain` or form body to any address without asking first, but not a JSON one (the
 * browser asks with a preflight, which only allowed origins pass).
 */
function requireJson(request: Request): void {
  const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') {
    throw new MockApiError(
      415,
      'bad_request',
      'Development routes take only Content-Type: application/json.',
    );
  }
}

const createUserRequestSchema = z.object({ email: emailSchema, password: passwordSchema });
const totpCodeRequestSchema = z.object({ email: emailSchema });
const enableMfaRequestSchema = z.object({ email: emailSchema, channel: mfaChannelSchema });

/** A 404 for an address without an account (the shortcuts act on existing users only). */
function requireAccount(core: BackendCore, email: string): void {
  if (!core.findByEmail(email)) {
    throw new MockApiError(404, 'not_found', 'There is no account with this address.', {
      pointer: '/email',
    });
  }
}

export function emailResource(email: MockEmail, index: number) {
  return {
    id: String(index + 1),
    type: 'email',
    attributes: {
      to: email.to,
      subject: email.subject,
      text: email.text,
      code: email.code,
      purpose: email.purpose,
      sent_at: new Date(email.sentAt).toISOString(),
    },
  };
}

export function eventResource(event: MockAuditEvent) {
  const { id, userId, at, ...rest } = event;
  return {
    id: String(id),
    type: 'audit_event',
    attributes: { ...rest, user_id: userId, at: new Date(at).toISOString() },
  };
}

/** `/__mock/*`: only on the mock, no API key, for tests and the demo's dev panel. */
export const devRoutes = [
  {
    path: '/__mock/mailbox',
    dev: true,
    methods: {
      async GET({ core, request }) {
        const address = new URL(request.url).searchParams.get('email');
        const wanted = address?.trim().toLowerCase();
        const data = core
          .mailbox()
          .map(emailResource)
          .filter((email) => wanted === undefined || email.attributes.to === wanted);
        return HttpResponse.json({ data });
      },
    },
  },
  {
    path: '/__mock/clock',
    dev: true,
    methods: {
      async GET({ core }) {
        return HttpResponse.json(clockBody(core.now()));
      },
      async POST({ core, request }) {
        requireJson(request);
        const body = parseBody(clockRequestSchema, await readJsonBody(request));
        if (!core.canAdvanceClock(body.advance_seconds)) {
          throw new MockApiError(
            400,
            'bad_request',
            `The clock moves at most ${MAX_CLOCK_OFFSET_SECONDS} seconds (100 years) ahead in total. Reset to start again.`,
          );
        }
        core.advanceClock(body.advance_seconds);
        return HttpResponse.json(clockBody(core.now()));
      },
    },
  },
  {
    path: '/__mock/reset',
    dev: true,
    methods: {
      async POST({ core, request }) {
        requireJson(request);
        core.reset();
        return HttpResponse.json({ meta: { reset: true } });
      },
    },
  },
  {
    path: '/__mock/users',
    dev: true,
    methods: {
      async POST({ core, request }) {
        requireJson(request);
        const body = parseBody(createUserRequestSchema, await readJsonBody(request));
        if (core.findByEmail(body.email)) {
          throw new MockApiError(422, 'validation_error', 'This address already has an account.', {
            pointer: '/email',
          });
        }
        const user = core.createUser(body);
        return HttpResponse.json(
          { data: { id: user.id, type: 'user', attributes: userAttributes(user) } },
          { status: 201 },
        );
      },
    },
  },
  {
    path: '/__mock/events',
    dev: true,
    methods: {
      async GET({ core }) {
        return HttpResponse.json({ data: core.events().map(eventResource) });
      },
    },
  },
  {
    // The code an authenticator app would show, for e2e suites in any language: the
    // current step's, or the next unused one (the clock moves on when none is in reach).
    path: '/__mock/totp_code',
    dev: true,
    methods: {
      async POST({ core, request }) {
        requireJson(request);
        const body = parseBody(totpCodeRequestSchema, await readJsonBody(request));
        requireAccount(core, body.email);
        const user = core.findByEmail(body.email);
        if (!user?.active?.totp && !user?.pending?.totp) {
          throw new MockApiError(422, 'validation_error', 'This account has no TOTP secret.', {
            pointer: '/email',
          });
        }
        const code = nextTotpCode(core, body.email);
        return HttpResponse.json({
          data: { id: user.id, type: 'totp_code', attributes: { code } },
        });
      },
    },
  },
  {
    // Turns MFA on directly (no setup, no code): the secret and backup codes, to test sign-in.
    path: '/__mock/mfa',
    dev: true,
    methods: {
      async POST({ core, request }) {
        requireJson(request);
        const body = parseBody(enableMfaRequestSchema, await readJsonBody(request));
        requireAccount(core, body.email);
        const enabled = await enableMfaDirectly(core, body.email, body.channel);
        return HttpResponse.json(
          {
            data: {
              id: enabled.userId,
              type: 'mfa_enrollment',
              attributes: {
                user_id: enabled.userId,
                channel: enabled.channel,
                backup_codes: enabled.backupCodes,
                ...(enabled.secret ? { secret: enabled.secret } : {}),
              },
            },
          },
          { status: 201 },
        );
      },
    },
  },
] as const satisfies readonly RouteDefinition[];

function clockBody(now: number) {
  return {
    data: {
      id: 'clock',
      type: 'clock',
      attributes: { now: new Date(now).toISOString(), now_ms: now },
    },
  };
}

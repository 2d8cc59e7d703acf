import { emailSchema, passwordSchema } from '@authblock/mfa-client/schemas';
import { HttpResponse } from 'msw';
import * as z from 'zod/mini';
import { MockApiError } from '../internal/errors.ts';
import { parseBody, readJsonBody } from '../internal/request.ts';
import type { MockAuditEvent, MockEmail } from '../types.ts';
import { userAttributes } from './auth.ts';
import type { RouteDefinition } from './route.ts';

const TEN_YEARS_SECONDS = 10 * 365 * 24 * 3600;

const clockRequestSchema = z.object({
  advance_seconds: z.number().check(z.gte(0), z.lte(TEN_YEARS_SECONDS)),
});

const createUserRequestSchema = z.object({ email: emailSchema, password: passwordSchema });

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
        const data = core.state.mailbox
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
        const body = parseBody(clockRequestSchema, await readJsonBody(request));
        core.advanceClock(body.advance_seconds);
        return HttpResponse.json(clockBody(core.now()));
      },
    },
  },
  {
    path: '/__mock/reset',
    dev: true,
    methods: {
      async POST({ core }) {
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
        return HttpResponse.json({ data: core.state.events.map(eventResource) });
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

import { validate, type WireSchema } from '@authblock/mfa-client/schemas';
import { HttpResponse } from 'msw';

/** The backend broke its own contract: a bug here, answered as a 500. */
export class ContractViolation extends Error {
  override readonly name = 'ContractViolation';
}

/**
 * Answers with `body` after checking it against the client's response schema, so the
 * mock cannot drift from what the client parses. Costs one check pass per response.
 */
export function respond(schema: WireSchema, body: unknown, init: ResponseInit = {}): Response {
  if (!validate(schema, body).ok) {
    throw new ContractViolation('A response did not match its schema');
  }
  return HttpResponse.json(body as Record<string, unknown>, init);
}

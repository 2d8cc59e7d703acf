import { type Path, validate, type WireSchema } from '@authblock/mfa-client/schemas';
import { MockApiError } from './errors.ts';

/** Bodies above this size are refused before parsing. */
const MAX_BODY_BYTES = 16 * 1024;

/** Reads a JSON body; anything that is not JSON is a 400 `bad_request`. */
export async function readJsonBody(request: Request): Promise<unknown> {
  let text: string;
  try {
    text = await request.text();
  } catch {
    throw new MockApiError(400, 'bad_request', 'The request body could not be read.');
  }
  if (text.length > MAX_BODY_BYTES) {
    throw new MockApiError(400, 'bad_request', 'The request body is too large.');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new MockApiError(400, 'bad_request', 'The request body must be JSON.');
  }
}

function pointerOf(path: Path): string {
  return path.map((key) => `/${String(key).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

/**
 * Validates `input` with one of the client's request schemas. A failure is a 422
 * `validation_error` whose `source.pointer` names the field; the detail never repeats
 * the value that was sent. (Of a union's branches, the checkers report the one the
 * sender most likely meant: see `union` in the client's wire/check.ts.)
 */
export function parseBody<Output>(schema: WireSchema<Output>, input: unknown): Output {
  const checked = validate(schema, input);
  if (checked.ok) return checked.value;
  const { path, found } = checked.issue;
  const field = path.length > 0 ? String(path[path.length - 1]) : undefined;
  const detail =
    field === undefined
      ? 'The request body must be a JSON object.'
      : found
        ? `The field "${field}" is not valid.`
        : `The field "${field}" is required.`;
  throw new MockApiError(422, 'validation_error', detail, { pointer: pointerOf(path) });
}

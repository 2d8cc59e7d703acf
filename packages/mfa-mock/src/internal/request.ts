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

/** The subset of a zod (mini) schema this module needs. */
interface SafeParser<Output> {
  safeParse(
    input: unknown,
  ): { success: true; data: Output } | { success: false; error: { issues: readonly Issue[] } };
}

interface Issue {
  code: string;
  path: readonly PropertyKey[];
  errors?: readonly (readonly Issue[])[] | undefined;
}

function pointerOf(path: readonly PropertyKey[]): string {
  return path.map((key) => `/${String(key).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * A union fails as one issue holding each branch's issues. Report the branch the caller
 * most likely meant: the fewest problems, preferring one about a field they did send.
 */
function flatten(issue: Issue, input: unknown): readonly Issue[] {
  if (issue.code !== 'invalid_union' || !issue.errors?.length) return [issue];
  const ranked = [...issue.errors].sort((a, b) => {
    if (a.length !== b.length) return a.length - b.length;
    const sent = (branch: readonly Issue[]) =>
      branch.some((i) => valueAt(input, [...issue.path, ...i.path]) !== undefined) ? 0 : 1;
    return sent(a) - sent(b);
  });
  const best = ranked[0] ?? [];
  return best.flatMap((inner) =>
    flatten({ ...inner, path: [...issue.path, ...inner.path] }, input),
  );
}

/**
 * Validates `input` with one of the client's request schemas. A failure is a 422
 * `validation_error` whose `source.pointer` names the field; the detail never repeats
 * the value that was sent.
 */
export function parseBody<Output>(schema: SafeParser<Output>, input: unknown): Output {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.flatMap((issue) => flatten(issue, input));
  const first = issues[0];
  const path = first?.path ?? [];
  const field = path.length > 0 ? String(path[path.length - 1]) : undefined;
  const detail =
    field === undefined
      ? 'The request body must be a JSON object.'
      : valueAt(input, path) === undefined
        ? `The field "${field}" is required.`
        : `The field "${field}" is not valid.`;
  throw new MockApiError(422, 'validation_error', detail, { pointer: pointerOf(path) });
}

import { isMfaApiError, MfaApiError } from '@authblock/mfa-client';

/**
 * How much a step-up asks: `second-factor` (a code from the authenticator app or a backup
 * code, checked by the app's server with `/users/:id/mfa/verify`), or `full` (password and
 * second factor through sign-in's two steps, giving fresh tokens whose age the app's server
 * checks). A `full` success also counts as a `second-factor` one; not the other way round.
 */
export type MfaStepUpLevel = 'second-factor' | 'full';

/**
 * What the browser sends with a sensitive request, for the app's server to check
 * (`verifyMfaStepUp`). It proves nothing on its own: only the server's check does.
 * - `code` / `backup_code`: typed in the step-up dialog, spent once by Auth Block.
 * - `sign_in`: the access token of a sign-in made just now (password and second factor).
 * - `recent`: no new proof; the browser remembers a recent success, and the server decides
 *   from its own record of it (and answers `step_up_required` when it has none).
 */
export type MfaStepUpProof =
  | { kind: 'code'; code: string }
  | { kind: 'backup_code'; code: string }
  | { kind: 'sign_in'; accessToken: string }
  | { kind: 'recent' };

/** The error code an app's server answers when it wants a step-up and has no recent one. */
export const STEP_UP_REQUIRED = 'step_up_required';

/**
 * Reads a proof from a request body the app's server received: `undefined` for anything
 * that is not exactly one of the shapes of {@link MfaStepUpProof} (so junk is refused, not
 * guessed at). Long values are refused too: no code or token is that long.
 */
export function readMfaStepUpProof(value: unknown): MfaStepUpProof | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { kind, code, accessToken } = value as Record<string, unknown>;
  const text = (field: unknown, max: number) =>
    typeof field === 'string' && field.length > 0 && field.length <= max ? field : undefined;
  if (kind === 'recent') return { kind };
  if (kind === 'code' || kind === 'backup_code') {
    const valid = text(code, 64);
    return valid ? { kind, code: valid } : undefined;
  }
  if (kind === 'sign_in') {
    const valid = text(accessToken, 8192);
    return valid ? { kind, accessToken: valid } : undefined;
  }
  return undefined;
}

/** The JSON body an app's server answers a refused step-up with (a JSON:API error document). */
export interface MfaStepUpRefusalBody {
  errors: [
    {
      status: string;
      code: string;
      title: string;
      meta?: { remaining_attempts: number } | undefined;
    },
  ];
}

/**
 * In the browser: turns the app's server's answer to a refused step-up back into the
 * `MfaApiError` the step-up flow shows (wrong code with tries left, lockout with its
 * countdown, `step_up_required`), exactly as the sign-in challenge shows Auth Block's own.
 * Call it in your action when the response is not OK and throw what it returns.
 *
 * @example
 * ```ts
 * const response = await fetch('/api/mfa/disable', { method: 'POST', body });
 * if (!response.ok) throw await mfaStepUpError(response);
 * ```
 */
export async function mfaStepUpError(response: Response): Promise<MfaApiError> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const first: unknown = (body as { errors?: unknown[] } | undefined)?.errors?.[0];
  const { code, title, meta } = (typeof first === 'object' && first ? first : {}) as Record<
    string,
    unknown
  >;
  const attempts = (meta as { remaining_attempts?: unknown } | undefined)?.remaining_attempts;
  const retryAfter = Number(response.headers.get('retry-after'));
  return new MfaApiError({
    route: 'step-up',
    status: response.status,
    // Only the fields the flow reads, each checked: the rest of the body is not trusted.
    errors: [
      {
        ...(typeof code === 'string' ? { code } : {}),
        ...(typeof title === 'string' ? { title } : {}),
        ...(typeof attempts === 'number' ? { meta: { remaining_attempts: attempts } } : {}),
      },
    ],
    retryAfter: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
    statusText: response.statusText,
  });
}

/** The app's server wants a step-up and has no recent one: the dialog opens. */
export function isMfaStepUpRequired(error: unknown): boolean {
  return isMfaApiError(error) && error.code === STEP_UP_REQUIRED;
}

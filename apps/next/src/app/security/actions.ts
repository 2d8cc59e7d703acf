'use server';

import type { MfaStepUpLevel } from '@authblock/mfa-core';
import { checkStepUp, type StepUpRefusal } from '../../lib/step-up';

/** What the browser gets back: nothing on success, else the refusal to show. */
export type StepUpAnswer = { ok: true } | StepUpRefusal;

/**
 * The server half of step-up, as a server action: the page runs it before the settings
 * card opens "Turn off" or "Switch method" (which then call Auth Block from the browser).
 * The admin page's audit log shows a server action that acts only behind the check.
 */
export async function confirmStepUp(proof: unknown, level: MfaStepUpLevel): Promise<StepUpAnswer> {
  const checked = await checkStepUp(proof, level);
  return checked.ok ? { ok: true } : checked;
}

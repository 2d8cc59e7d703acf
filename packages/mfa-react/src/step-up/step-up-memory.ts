import { DEFAULT_STEP_UP_WINDOW_SECONDS, MfaStepUpMemory } from '@authblock/mfa-core';

// One memory per window length for the page, so a step-up passed through one button counts
// for the next. In memory only: a reload asks again.
const memories = new Map<number, MfaStepUpMemory>();

/** The page's step-up memory for a window of `windowSeconds`. */
export function sharedStepUpMemory(
  windowSeconds: number = DEFAULT_STEP_UP_WINDOW_SECONDS,
): MfaStepUpMemory {
  let memory = memories.get(windowSeconds);
  if (!memory) {
    memory = new MfaStepUpMemory({ windowSeconds });
    memories.set(windowSeconds, memory);
  }
  return memory;
}

/**
 * Forgets every recent step-up on this page: call it on sign-out. (The app's server drops
 * its own record with the session; this only stops the browser skipping the dialog.)
 */
export function forgetMfaStepUp(): void {
  for (const memory of memories.values()) memory.clear();
}

'use client';

import { clockHint } from '@authblock/mfa-core';
import { lazy, type ReactElement, Suspense } from 'react';
import type { StepUpMessages } from './messages.ts';

// The words load only when a hint shows (see MfaClockHintText).
const MfaClockHintText = lazy(() => import('./MfaClockHintText.tsx'));

export interface MfaClockHintProps {
  /** Authenticator codes refused in a row: the hint shows from the second. */
  totpRejections: number;
  /** This device's clock minus the server's, in ms. @default what the client last saw (`observeServerClock`) */
  offsetMs?: number | undefined;
  /** @default the provider's */
  locale?: string | undefined;
  messages?: Partial<StepUpMessages> | undefined;
}

/**
 * After the second authenticator code refused in a row: that codes depend on the phone's
 * time and how to turn on automatic time, and, when the server's clock is known and this
 * device's differs by more than 30 s, by how much. A polite live region that is always in
 * the page, so the hint is announced when it appears.
 */
export function MfaClockHint({
  totpRejections,
  offsetMs,
  locale,
  messages,
}: MfaClockHintProps): ReactElement {
  const hint = clockHint(totpRejections, offsetMs);
  return (
    <div className="abmfa-clock-hint" aria-live="polite" data-state={hint ? 'visible' : 'hidden'}>
      {hint ? (
        <Suspense fallback={null}>
          <MfaClockHintText hint={hint} locale={locale} messages={messages} />
        </Suspense>
      ) : null}
    </div>
  );
}

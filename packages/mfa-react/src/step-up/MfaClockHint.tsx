'use client';

import { clockHint } from '@authblock/mfa-core';
import { useLazyCatalogue } from '../internal/lazy-catalogue.ts';
import { stepUpCatalogues } from './catalogues.ts';
import type { StepUpMessages } from './messages.ts';

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
export function MfaClockHint({ totpRejections, offsetMs, locale, messages }: MfaClockHintProps) {
  const catalogue = useLazyCatalogue(stepUpCatalogues, locale);
  const hint = clockHint(totpRejections, offsetMs);
  const text = catalogue ? { ...catalogue.messages, ...messages } : undefined;
  return (
    <div className="abmfa-clock-hint" aria-live="polite" data-state={hint ? 'visible' : 'hidden'}>
      {hint && text ? (
        <>
          <p>{text.clockHint}</p>
          {hint.skewMinutes !== null ? (
            <p className="abmfa-clock-hint__skew">
              {text.clockSkew(hint.skewMinutes, hint.isAhead)}
            </p>
          ) : null}
        </>
      ) : null}
    </div>
  );
}

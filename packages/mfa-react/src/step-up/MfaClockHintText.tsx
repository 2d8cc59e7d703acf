'use client';

import type { ClockHint } from '@authblock/mfa-core';
import type { ReactElement } from 'react';
import { useLazyCatalogue } from '../internal/lazy-catalogue.ts';
import { stepUpCatalogues } from './catalogues.ts';
import type { StepUpMessages } from './messages.ts';

export interface MfaClockHintTextProps {
  hint: ClockHint;
  locale?: string | undefined;
  messages?: Partial<StepUpMessages> | undefined;
}

/**
 * The hint's words. Its own chunk, loaded by `MfaClockHint` only once a hint shows: most
 * sign-ins never refuse two codes, so a sign-in page does not carry these words (nor the
 * step-up catalogue they live in) up front.
 */
export default function MfaClockHintText({
  hint,
  locale,
  messages,
}: MfaClockHintTextProps): ReactElement | null {
  const catalogue = useLazyCatalogue(stepUpCatalogues, locale);
  if (!catalogue) return null;
  const text = { ...catalogue.messages, ...messages };
  return (
    <>
      <p>{text.clockHint}</p>
      {hint.skewMinutes !== null ? (
        <p className="abmfa-clock-hint__skew">{text.clockSkew(hint.skewMinutes, hint.isAhead)}</p>
      ) : null}
    </>
  );
}

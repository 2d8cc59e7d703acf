'use client';

import type { MfaButtonProps } from '../internal/press.ts';
import { LiveError } from '../internal/ui.tsx';

interface SetupStartProps {
  startStatus: string;
  startErrorProps: { id: string; message: string | undefined; announceKey: number };
  retryStartButtonProps: MfaButtonProps | null;
}

/** While a setup step has no setup yet: "Loading…", the failure, and "Try again". */
export function SetupStart({
  startStatus,
  startErrorProps,
  retryStartButtonProps,
}: SetupStartProps) {
  return (
    <>
      <p className="abmfa-status" role="status">
        {startStatus}
      </p>
      <LiveError {...startErrorProps} className="abmfa-error" />
      {retryStartButtonProps ? (
        <button {...retryStartButtonProps} className="abmfa-button" />
      ) : null}
    </>
  );
}

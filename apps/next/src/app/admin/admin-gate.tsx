'use client';

import { useMfaStatus } from '@authblock/mfa-react';
import { type MfaPolicy, RequireMfa } from '@authblock/mfa-react/require-mfa';
import { useRouter } from 'next/navigation';
import { type ReactNode, useEffect } from 'react';

/** The screen gate: setup inline until the policy holds, then the server's page. */
export function AdminGate({
  policy,
  intro,
  children,
}: {
  policy: MfaPolicy;
  intro: string;
  children: ReactNode;
}) {
  return (
    <>
      <p>{intro}</p>
      <RequireMfa policy={policy}>{children}</RequireMfa>
    </>
  );
}

/**
 * Rendered by the server when its check refused: once the screen gate lets the person
 * through (they just set up), ask the server again, which now serves the data.
 */
export function RefreshWhenAllowed() {
  const router = useRouter();
  const status = useMfaStatus();
  useEffect(() => {
    if (status.data?.enabled) router.refresh();
  }, [status.data?.enabled, router]);
  return null;
}
